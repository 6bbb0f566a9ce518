/**
 * The typed API client: openapi-fetch over the paths of web/src/api/schema.d.ts, generated
 * from the server's OpenAPI document (test/web/api-types.test.ts keeps it current). Every
 * request carries the page's language (problems come back translated) and, for a cookie
 * session, the CSRF token on unsafe methods.
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema';

let csrfToken: string | null = null;
let language = 'kk';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function setApiLanguage(lang: string): void {
  language = lang;
}

/** An RFC 9457 problem answered by the server, with its stable code and translated detail. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use({
  onRequest({ request }) {
    request.headers.set('accept-language', language);
    if (csrfToken !== null && !['GET', 'HEAD'].includes(request.method))
      request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
});

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The answer's body as T, or an ApiProblem. The OpenAPI document's response schemas are open
 * (every object may carry more than it names), so the pages name the exact shape they read
 * (api/types.ts, mostly the server's own types).
 */
export async function read<T>(answer: Promise<Answer>): Promise<T> {
  const { data, error, response } = await answer;
  if (!response.ok) {
    const problem = (error ?? {}) as { code?: string; detail?: string; message?: string };
    throw new ApiProblem(
      response.status,
      problem.code ?? 'server.error',
      problem.detail ?? problem.message ?? response.statusText,
    );
  }
  return data as T;
}

/** Upload bytes with progress events (fetch has none): attachments. */
export function upload(url: string, file: Blob, onProgress: (fraction: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept-language', language);
    if (csrfToken !== null) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body: unknown = xhr.responseText === '' ? null : JSON.parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else {
        const p = (body ?? {}) as { code?: string; detail?: string };
        reject(new ApiProblem(xhr.status, p.code ?? 'server.error', p.detail ?? xhr.statusText));
      }
    };
    xhr.onerror = () => reject(new ApiProblem(0, 'network', ''));
    xhr.send(file);
  });
}
