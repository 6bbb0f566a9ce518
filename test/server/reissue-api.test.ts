/**
 * A reissue over HTTP acts on a permit the registry holds for this applicant: the draft names
 * it; without it, or with someone else's, no draft is made.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runScenario } from '../../src/demo/scenario.ts';
import { FLAG, bob, company, loginApplicant, startServer, type TestServer } from './harness.ts';

let server: TestServer;
let permitNumber = '';
beforeAll(async () => {
  server = await startServer();
  const entry = server.platform.catalog.resolve(FLAG, '2025-04-15', { acceptRepealed: true });
  const result = await runScenario(server.platform, server.clock, entry, 'issue', 'issued-flag');
  permitNumber = (await server.platform.engine.get(result.applicationId)).issued?.permitNumber ?? '';
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const draft = async (who: string, body: object) =>
  server.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: (await loginApplicant(server.app, who)).headers,
    payload: { serviceId: FLAG, caseId: 'reissue', ...body },
  });

it('the holder starts a reissue of their permit; nobody else can, and not without the number', async () => {
  expect(permitNumber).not.toBe('');
  const before = (await server.platform.store.listApplications()).length;
  expect((await draft(bob, { permitNumber })).statusCode).toBeGreaterThanOrEqual(400);
  expect((await draft(company, {})).statusCode).toBe(422);
  expect((await server.platform.store.listApplications()).length).toBe(before);
  const ok = await draft(company, { permitNumber });
  expect(ok.statusCode).toBe(201);
  const state = await server.platform.engine.get(ok.json<{ applicationId: string }>().applicationId);
  expect(state.permitNumber).toBe(permitNumber);
  expect(state.caseKind).toBe('reissue');
});
