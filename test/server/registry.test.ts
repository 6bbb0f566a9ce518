/**
 * Public permit verification (by number, by BIN/IIN with the IIN masked, by the QR link), its
 * rate limit, the OpenAPI document and the health routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/demo/scenario.ts';
import { maskHolderId } from '../../src/registry/index.ts';
import { FLAG, alice, startServer, type TestServer } from './harness.ts';

let s: TestServer;
let permitNumber: string;
let holder: string;

beforeAll(async () => {
  s = await startServer({ rateLimitMax: 8 });
  const entry = s.platform.catalog.resolve(FLAG, '2025-04-15', { acceptRepealed: true });
  const result = await runScenario(s.platform, s.clock, entry, 'issue', 'registry-test-1');
  if (!result.reached) throw new Error(`no permit: ${JSON.stringify(result)}`);
  const state = await s.platform.engine.get('registry-test-1');
  permitNumber = state.issued?.permitNumber ?? '';
  holder = state.applicant.id;
}, 60_000);
afterAll(() => s?.close());

describe('public registry API', () => {
  it('verifies a permit by number, and by the QR link', async () => {
    const res = await s.app.inject(`/api/v1/public/permits/${permitNumber}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ number: permitNumber, serviceId: FLAG, status: 'active' });
    const qr = await s.app.inject(`/p/${permitNumber}`);
    expect(qr.json()).toEqual(res.json());
  });

  it('finds the permits of a holder by BIN/IIN, shown as the public view shows it (an IIN masked)', async () => {
    const res = await s.app.inject(`/api/v1/public/permits?holder=${holder}`);
    const permits = res.json<{ number: string; holder: string }[]>();
    expect(permits.map((p) => p.number)).toContain(permitNumber);
    expect(permits[0]?.holder).toBe(maskHolderId(holder));
    const none = await s.app.inject(`/api/v1/public/permits?holder=${alice}`);
    expect(none.json()).toEqual([]);
  });

  it('tells a mistyped number from one not in the registry', async () => {
    const typo = await s.app.inject(`/api/v1/public/permits/${permitNumber.slice(0, -1)}9`);
    expect([400, 404]).toContain(typo.statusCode);
    const bad = await s.app.inject({
      url: '/api/v1/public/permits/KZ123',
      headers: { 'accept-language': 'ru' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'registry.invalid_number',
      detail: expect.stringMatching(/номер/),
    });
  });

  it('limits requests per address (429 problem)', async () => {
    let last = 0;
    for (let i = 0; i < 10; i++)
      last = (await s.app.inject(`/api/v1/public/permits/${permitNumber}`)).statusCode;
    expect(last).toBe(429);
    const res = await s.app.inject(`/api/v1/public/permits/${permitNumber}`);
    expect(res.json()).toMatchObject({ code: 'server.rate_limited' });
  });

  it('describes every route in OpenAPI 3.1 and serves the docs', async () => {
    const doc = (await s.app.inject('/api/openapi.json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/applications',
      '/api/v1/applications/{id}/submit',
      '/api/v1/official/queue',
      '/api/v1/official/cases/{id}/commands',
      '/api/v1/payments/callback',
      '/api/v1/public/permits/{number}',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    const ui = await s.app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
  });

  it('answers /healthz and /readyz, and an unknown route as a problem', async () => {
    expect((await s.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await s.app.inject('/readyz')).json()).toEqual({ status: 'ready' });
    const none = await s.app.inject('/api/v1/nothing-here');
    expect(none.statusCode).toBe(404);
    expect(none.headers['content-type']).toMatch(/problem\+json/);
  });

  it('counts requests per route and status at /metrics', async () => {
    await s.app.inject('/healthz');
    const res = await s.app.inject('/metrics');
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.body).toMatch(/ruqsat_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
  });
});
