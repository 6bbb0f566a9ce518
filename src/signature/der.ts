/**
 * A minimal DER/BER reader: tag, length and the byte range of each element, nothing decoded
 * that is not asked for. asn1js took 1.4 ms to parse a 3 kB CMS (it builds an object per node);
 * locating the parts of a SignedData this way costs microseconds. Indefinite lengths (BER, as
 * some signers stream eContent) are followed to their end-of-contents marker.
 */

export interface Tlv {
  /** The identifier octet (class, constructed bit, tag number below 31). */
  tag: number;
  constructed: boolean;
  /** Start of the element (its identifier octet). */
  start: number;
  /** Start and end of the contents. */
  valueStart: number;
  valueEnd: number;
  /** End of the element, after any end-of-contents marker. */
  end: number;
}

export class DerError extends Error {}

const MAX_DEPTH = 64;

/** Reads the element at `offset`, which must end by `limit`. */
export function readTlv(bytes: Uint8Array, offset: number, limit = bytes.length, depth = 0): Tlv {
  if (depth > MAX_DEPTH) throw new DerError('nested too deep');
  if (offset + 2 > limit) throw new DerError('truncated');
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not used here');
  const constructed = (tag & 0x20) !== 0;
  let pos = offset + 1;
  const first = bytes[pos++] as number;
  if (first === 0x80) {
    if (!constructed) throw new DerError('indefinite length on a primitive');
    let p = pos;
    while (true) {
      if (p + 2 > limit) throw new DerError('no end-of-contents');
      if (bytes[p] === 0 && bytes[p + 1] === 0)
        return { tag, constructed, start: offset, valueStart: pos, valueEnd: p, end: p + 2 };
      p = readTlv(bytes, p, limit, depth + 1).end;
    }
  }
  let length = first;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n > 4 || pos + n > limit) throw new DerError('bad length');
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + (bytes[pos++] as number);
  }
  const end = pos + length;
  if (end > limit) throw new DerError('length beyond the data');
  return { tag, constructed, start: offset, valueStart: pos, valueEnd: end, end };
}

/** The elements inside a constructed element. */
export function childrenOf(bytes: Uint8Array, parent: Tlv, depth = 0): Tlv[] {
  if (!parent.constructed) throw new DerError('not constructed');
  const out: Tlv[] = [];
  for (let p = parent.valueStart; p < parent.valueEnd;) {
    const child = readTlv(bytes, p, parent.valueEnd, depth + 1);
    out.push(child);
    p = child.end;
  }
  return out;
}

export const bytesOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array => bytes.subarray(tlv.start, tlv.end);
export const valueOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array =>
  bytes.subarray(tlv.valueStart, tlv.valueEnd);

/** Dotted form of an OBJECT IDENTIFIER element. */
export function oidOf(bytes: Uint8Array, tlv: Tlv): string {
  if (tlv.tag !== 0x06 || tlv.valueEnd === tlv.valueStart)
    throw new DerError('expected an object identifier');
  const parts: number[] = [];
  let value = 0;
  for (let i = tlv.valueStart; i < tlv.valueEnd; i++) {
    const b = bytes[i] as number;
    value = value * 128 + (b & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError('object identifier arc too large');
    if ((b & 0x80) === 0) {
      if (parts.length === 0)
        parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** The bytes of an OCTET STRING, primitive or constructed from pieces. */
export function octetsOf(bytes: Uint8Array, tlv: Tlv, depth = 0): Uint8Array {
  if (tlv.tag === 0x04) return valueOf(bytes, tlv);
  if (tlv.tag !== 0x24 || depth > 8) throw new DerError('expected an octet string');
  const pieces = childrenOf(bytes, tlv).map((c) => octetsOf(bytes, c, depth + 1));
  return pieces.length === 1 ? (pieces[0] as Uint8Array) : new Uint8Array(Buffer.concat(pieces));
}
