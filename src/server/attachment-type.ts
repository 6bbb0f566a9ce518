/**
 * What a file is, read from its first bytes (magic numbers), never from its name or the
 * client's Content-Type: a renamed executable is refused whatever it calls itself.
 */

export type AttachmentMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

const signatures: readonly { type: AttachmentMediaType; magic: readonly number[] }[] = [
  // "%PDF-" (ISO 32000-1 §7.5.2: the header line starts the file).
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // PNG signature (RFC 2083 §3.1).
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // JPEG: SOI marker followed by the start of another marker (FF D8 FF).
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The media type the bytes begin with, or undefined for anything but PDF, PNG and JPEG. */
export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | undefined {
  return signatures.find((s) => s.magic.length <= bytes.length && s.magic.every((b, i) => bytes[i] === b))
    ?.type;
}
