/**
 * Errors of browser-side signing. Every failure is a `SigningError` with a stable `code`; the web
 * app shows the kk/ru/en text for the code (the texts are not here: this folder has no UI).
 */

export type SigningErrorCode =
  /** The PKCS#12 password is wrong (MAC or decryption fails). */
  | 'signing.wrong_password'
  /** The file is not a PKCS#12 (PFX) key file. */
  | 'signing.not_pkcs12'
  /** The key is GOST or another algorithm WebCrypto cannot sign with (RSA and ECDSA can). */
  | 'signing.unsupported_algorithm'
  /** The file is protected with a cipher the browser cannot decrypt (GOST 28147, PBES2 with RC2, …). */
  | 'signing.unsupported_encryption'
  /** The file has no private key, or no certificate for it. */
  | 'signing.key_not_found'
  /** The content to sign is not base64. */
  | 'signing.invalid_content'
  /** The browser has no WebCrypto (`crypto.subtle`; pages must be served over HTTPS). */
  | 'signing.webcrypto_unavailable'
  /** NCALayer does not answer on wss://127.0.0.1:13579 (not installed, not running, blocked). */
  | 'signing.ncalayer_unavailable'
  /** The person closed NCALayer's key dialog. */
  | 'signing.ncalayer_canceled'
  /** NCALayer answered with an error, or closed the connection before answering. */
  | 'signing.ncalayer_failed'
  /** NCALayer did not answer within the time given. */
  | 'signing.ncalayer_timeout';

export class SigningError extends Error {
  override readonly name = 'SigningError';

  constructor(
    readonly code: SigningErrorCode,
    message: string,
    /** Details for logs and message templates (e.g. `{ algorithm }`, NCALayer's own `{ ncaCode }`). */
    readonly params: Readonly<Record<string, string>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Whether `error` is a SigningError (also across bundles: checks the shape, not the class). */
export function isSigningError(error: unknown): error is SigningError {
  return (
    error instanceof SigningError ||
    (typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      typeof error.code === 'string' &&
      error.code.startsWith('signing.'))
  );
}
