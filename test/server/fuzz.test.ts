/**
 * Generated bad input (fast-check) to every route the OpenAPI document lists, with no session,
 * an applicant's and an official's: never a 5xx, and nothing changes in the database
 * (applications and their versions, events, permits, commands, sessions).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  PAPER,
  alice,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  submittedFlag,
  type Auth,
  type TestServer,
} from './harness.ts';

let server: TestServer;
let applicant: Auth;
let official: Auth;
let routes: { method: string; path: string }[];

beforeAll(async () => {
  server = await startServer({ rateLimitMax: 100_000 });
  applicant = await loginApplicant(server.app, alice);
  official = await loginOfficial(server.app, officialLogin(PAPER, 'office-clerk', server.platform));
  await submittedFlag(server.app, applicant);
  const doc = (await server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  routes = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
}, 60_000);
afterAll(async () => {
  await server?.close();
});

/** Row counts of the tables a request could change, and the sum of application versions. */
async function counts(): Promise<string> {
  const { rows } = await pgStoreOf(server.platform.store).pool.query(`
    SELECT (SELECT count(*) FROM applications) AS applications,
           (SELECT coalesce(sum(version), 0) FROM applications) AS versions,
           (SELECT count(*) FROM events) AS events,
           (SELECT count(*) FROM permits) AS permits,
           (SELECT count(*) FROM commands) AS commands,
           (SELECT count(*) FROM sessions) AS sessions`);
  return JSON.stringify(rows[0]);
}

const badString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '..',
    '../../etc/passwd',
    '%00',
    '0'.repeat(300),
    "'; DROP TABLE events; --",
    '123456789012',
  ),
);
const body = fc.oneof(
  fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('raw' as const), value: fc.string({ maxLength: 200 }) }),
  fc.record({ kind: fc.constant('none' as const), value: fc.constant(null) }),
);
const input = fc.record({
  params: fc.array(badString, { minLength: 4, maxLength: 4 }),
  query: fc.dictionary(
    fc.constantFrom('case', 'on', 'date', 'n', 'unit', 'holder', 'lang', 'serviceId', 'x'),
    badString,
    {
      maxKeys: 3,
    },
  ),
  body,
  who: fc.constantFrom('none', 'applicant', 'official'),
  idempotencyKey: fc.option(fc.string({ maxLength: 30 })),
});

describe('fuzz: every route of /api/openapi.json', () => {
  it('lists the application routes', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes).toContainEqual({ method: 'POST', path: '/api/v1/auth/eds-login' });
  });

  it('answers bad input with a 4xx (or a 2xx read), never a 5xx, and changes nothing stored', async () => {
    const before = await counts();
    const statuses: Record<number, number> = {};
    for (const route of routes) {
      // Logging out is the one request that rightly changes the store (it ends the session).
      if (route.path.endsWith('/auth/logout')) continue;
      await fc.assert(
        fc.asyncProperty(input, async ({ params, query, body: b, who, idempotencyKey }) => {
          let i = 0;
          const path = route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[i++ % 4] ?? ''));
          const qs = new URLSearchParams(query).toString();
          const auth = who === 'applicant' ? applicant : who === 'official' ? official : undefined;
          const headers: Record<string, string> = {
            ...(auth === undefined ? {} : { authorization: `Bearer ${auth.token}` }),
            ...(idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey }),
          };
          const hasBody = !['GET', 'DELETE'].includes(route.method) && b.kind !== 'none';
          if (hasBody) headers['content-type'] = 'application/json';
          const res = await server.app.inject({
            method: route.method as 'GET',
            url: qs === '' ? path : `${path}?${qs}`,
            headers,
            ...(hasBody ? { payload: b.kind === 'json' ? JSON.stringify(b.value) : b.value } : {}),
          });
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
          expect(res.statusCode, `${route.method} ${path} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
        }),
        { numRuns: 30, seed: 20_261_123 },
      );
      expect(await counts(), `${route.method} ${route.path} changed the store`).toBe(before);
    }
    // Most answers are refusals, but some requests get through to the handlers.
    expect(Object.keys(statuses).length).toBeGreaterThan(4);
  }, 300_000);
});
