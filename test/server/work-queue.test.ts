/**
 * The work queue's named query (src/store/work-queue.ts) gives exactly what reading every
 * application in memory gave: per provider and role, the current unfinished steps of that role
 * (and, for registering roles, submissions awaiting registration), soonest due first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationState } from '../../src/cases/model.ts';
import { providerRoles } from '../../src/server/demo.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { findWorkQueue } from '../../src/store/work-queue.ts';
import {
  PAPER,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  submittedFlag,
  type TestServer,
} from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  for (const who of [alice, bob]) await submittedFlag(server.app, await loginApplicant(server.app, who));
  const clerk = await loginOfficial(server.app, officialLogin(PAPER, 'office-clerk', server.platform));
  for (const name of ['A', 'B', 'C']) {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/official/paper-intake',
      headers: clerk.headers,
      payload: {
        serviceId: PAPER,
        caseId: 'registration',
        applicant: { id: alice, type: 'individual', name },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    server.clock.advanceMinutes(7);
  }
});
afterAll(async () => {
  await server?.close();
});

const registeringRoles = ['office-clerk', 'state-corporation-operator'];

describe('work queue query', () => {
  it('matches the in-memory scan for every provider and role', async () => {
    const all = await server.platform.store.listApplications();
    let nonEmpty = 0;
    for (const [providerId, { roles }] of providerRoles(server.platform.catalog))
      for (const role of roles) {
        const registering = registeringRoles.includes(role);
        const expected = all
          .filter((row) => {
            if (row.providerId !== providerId) return false;
            const state = row.state as ApplicationState;
            const step = state.steps.find((s) => s.stepId === state.currentStepId && s.doneAt === null);
            return (state.status === 'submitted' && registering) || step?.roleKind === role;
          })
          .map((row) => {
            const state = row.state as ApplicationState;
            const step = state.steps.find((s) => s.stepId === state.currentStepId && s.doneAt === null);
            return { id: row.id, due: step?.due?.at ?? null };
          })
          .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id));
        const got = await findWorkQueue(pgStoreOf(server.platform.store).pool, {
          providerId,
          role,
          registering,
        });
        expect(
          got.map((r) => r.id),
          `${providerId} ${role}`,
        ).toEqual(expected.map((e) => e.id));
        if (got.length > 0) nonEmpty++;
      }
    expect(nonEmpty).toBeGreaterThan(0);
  });

  it('uses the queue index, not a scan of the applications', async () => {
    const pool = pgStoreOf(server.platform.store).pool;
    const client = await pool.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM applications WHERE provider_id = 'p' AND queue_role = 'executor' ORDER BY queue_due`,
      );
      expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('applications_queue');
    } finally {
      await client.query('RESET enable_seqscan');
      client.release();
    }
  });
});
