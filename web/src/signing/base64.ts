/** Base64 without Node's Buffer, for the browser (atob/btoa work on "binary strings"). */
import { SigningError } from './errors.ts';

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Decodes base64 (whitespace and PEM armour allowed); anything else is `signing.invalid_content`. */
export function base64ToBytes(base64: string): Uint8Array {
  const text = base64.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1)
    throw new SigningError('signing.invalid_content', 'the content to sign is not base64');
  let binary: string;
  try {
    binary = atob(text);
  } catch (error) {
    throw new SigningError(
      'signing.invalid_content',
      'the content to sign is not base64',
      {},
      { cause: error },
    );
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A signature as NCALayer may return it (PEM armour, line breaks) as plain base64. */
export function normalizeBase64(base64: string): string {
  return base64.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
}
