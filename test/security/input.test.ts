/**
 * Attacks on input, replayed against a running server on the loopback interface: strings
 * PostgreSQL cannot store (NUL, lone surrogates) and JSON nested deep enough to overflow a
 * recursive walker must be refused at the edge with 400, on every route, before any handler
 * or the store sees them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, FLAG, loginApplicant, startServer, type Auth, type TestServer } from '../server/harness.ts';

let server: TestServer;
let base: string;
let auth: Auth;
beforeAll(async () => {
  server = await startServer();
  base = await server.app.listen({ host: '127.0.0.1', port: 0 });
  auth = await loginApplicant(server.app, alice);
});
afterAll(async () => {
  await server?.close();
});

async function send(method: string, path: string, body?: string, lang = 'en') {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...auth.headers,
      'accept-language': lang,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body }),
  });
  return { status: res.status, body: (await res.json()) as { code?: string; detail?: string } };
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('strings PostgreSQL cannot hold', () => {
  // The JSON escapes, so that the bytes on the wire are plain ASCII and reach the parser intact.
  const bad = { nul: 'a\\u0000b', 'lone high surrogate': 'a\\ud800b', 'lone low surrogate': '\\udc00' };
  for (const [name, literal] of Object.entries(bad)) {
    it(`refuses a ${name} in a body value or key with 400 server.invalid_text`, async () => {
      for (const payload of [
        `{"serviceId":"${FLAG}","caseId":"issue","form":{"name":"${literal}"}}`,
        `{"serviceId":"${FLAG}","caseId":"issue","form":{"${literal}":"x"}}`,
      ]) {
        const res = await send('POST', '/api/v1/applications', payload);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('server.invalid_text');
      }
    });
  }

  it('refuses NUL and a lone surrogate in the path and the query string', async () => {
    for (const path of [
      '/api/v1/applications/a%00b',
      '/api/v1/services?lang=%00',
      '/api/v1/applications/%ED%A0%80',
      '/api/v1/services/x%00/passport',
    ]) {
      const res = await send('GET', path);
      expect(res.status, path).toBe(400);
      expect(res.body.code).toBe('server.invalid_text');
    }
  });

  it('says what is wrong in Kazakh and Russian too', async () => {
    const kk = await send('POST', '/api/v1/applications', '{"x":"\\u0000"}', 'kk');
    const ru = await send('POST', '/api/v1/applications', '{"x":"\\u0000"}', 'ru');
    expect(kk.body.detail).not.toBe(ru.body.detail);
    expect(ru.body.detail).toMatch(/[а-я]/);
  });
});

describe('deeply nested JSON', () => {
  it('refuses nesting beyond the limit with 400 server.too_deep, and still accepts ordinary depth', async () => {
    for (const depth of [100, 10_000, 100_000]) {
      const res = await send(
        'POST',
        '/api/v1/applications',
        `{"serviceId":"${FLAG}","caseId":"issue","form":{"a":${nested(depth)}}}`,
      );
      expect(res.status, `depth ${depth}`).toBe(400);
      expect(res.body.code).toBe('server.too_deep');
    }
    const ok = await send(
      'POST',
      '/api/v1/applications',
      `{"serviceId":"${FLAG}","caseId":"issue","form":{"a":${nested(5)}}}`,
    );
    expect(ok.status).not.toBe(500);
    expect(ok.body.code).not.toBe('server.too_deep');
  });
});
