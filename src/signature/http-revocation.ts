/**
 * The real network adapters for revocation: GET a CRL from its distribution point, POST an OCSP
 * request to the responder (RFC 6960 over HTTP, application/ocsp-request). Timeouts are short
 * because a slow CA must not hold the applicant: the result then is "not checked", retried later.
 */
import {
  OCSP_MAX_AGE_MS,
  cachedSource,
  crlSource,
  firstDefinite,
  ocspSource,
  type Fetcher,
  type RevocationSource,
} from './revocation.ts';

const MAX_BYTES = 32 * 1024 * 1024;

async function body(response: Response, url: string): Promise<Uint8Array> {
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new Error(`response from ${url} larger than 32 MiB`);
  return bytes;
}

export function httpFetcher(timeoutMs = 5000): Fetcher {
  return async (url) => body(await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }), url);
}

export function httpPost(timeoutMs = 5000): (url: string, data: Uint8Array) => Promise<Uint8Array> {
  return async (url, data) =>
    body(
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/ocsp-request', accept: 'application/ocsp-response' },
        body: data,
        signal: AbortSignal.timeout(timeoutMs),
      }),
      url,
    );
}

/**
 * OCSP first, the CRL when OCSP cannot answer, both over HTTP, answers cached. An OCSP answer
 * older than `ocspMaxAgeMs` (by its thisUpdate) is not believed.
 */
export function httpRevocation(
  timeoutMs = 5000,
  ttlMs = 300_000,
  ocspMaxAgeMs = OCSP_MAX_AGE_MS,
): RevocationSource {
  return firstDefinite([
    cachedSource(ocspSource(httpPost(timeoutMs), { maxAgeMs: ocspMaxAgeMs }), ttlMs),
    cachedSource(crlSource(httpFetcher(timeoutMs)), ttlMs),
  ]);
}
