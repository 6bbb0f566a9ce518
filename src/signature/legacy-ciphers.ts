/**
 * The two legacy block ciphers PKCS#12 files still use and neither WebCrypto nor OpenSSL 3's
 * default provider (what Node loads) offers: DES-EDE3-CBC (the NCA's and Java's key bags) and
 * RC2-CBC (the NCA's certificate bags, 40-bit). Both come from node-forge; only its cipher
 * modules are imported, so the browser bundle does not carry the rest of forge (their types:
 * node-forge-modules.d.ts, which web/tsconfig.json includes too).
 */
import forge from 'node-forge/lib/forge.js';
import 'node-forge/lib/des.js';
import 'node-forge/lib/rc2.js';

const toBinary = (bytes: Uint8Array): string => forge.util.binary.raw.encode(bytes);
const fromBinary = (text: string): Uint8Array => forge.util.binary.raw.decode(text);

/** DES-EDE3-CBC with PKCS#7 padding; null when the padding is wrong (a wrong password). */
export function decryptDesEde3Cbc(
  key: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array | null {
  const decipher = forge.cipher.createDecipher('3DES-CBC', toBinary(key));
  decipher.start({ iv: toBinary(iv) });
  decipher.update(forge.util.createBuffer(toBinary(ciphertext)));
  return decipher.finish() ? fromBinary(decipher.output.getBytes()) : null;
}

/** RC2-CBC with `effectiveBits` (40 or 128) and PKCS#7 padding; null when the padding is wrong. */
export function decryptRc2Cbc(
  key: Uint8Array,
  effectiveBits: number,
  iv: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array | null {
  const decipher = forge.rc2.createDecryptionCipher(toBinary(key), effectiveBits);
  decipher.start(toBinary(iv));
  decipher.update(forge.util.createBuffer(toBinary(ciphertext)));
  return decipher.finish() ? fromBinary(decipher.output.getBytes()) : null;
}
