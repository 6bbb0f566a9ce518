/**
 * The national-scale generator (bench/scale-data.ts) writes the stage data itself, beside the
 * applications, instead of the trigger of migration 0011: it must be exactly what
 * `rebuild_stage_data()` derives from the states it wrote, and the states must fill the queue's
 * generated columns and parse as ISO instants the way the engine's do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScaleData } from '../../bench/scale-data.ts';
import { openStore, pgStoreOf, type Store } from '../../src/store/index.ts';
import { freshPlace, kinds, type Place } from '../store/fixture.ts';

const STEP_COLUMNS =
  'application_id, n, service_id, provider_id, registered_at, step_id, role, started_at, done_at, due_at, on_time';

describe.each(kinds)('scale data (%s)', (kind) => {
  let place: Place;
  let store: Store;
  beforeAll(async () => {
    place = await freshPlace(kind);
    store = await openStore(place.options);
    const made = await generateScaleData(pgStoreOf(store).pool, {
      applications: 3000,
      permits: 300,
      batch: 1000,
      jobs: 2,
      log: () => undefined,
    });
    expect(made).toEqual({ applications: 3000, permits: 300 });
  });
  afterAll(async () => {
    await store?.close();
    await place?.cleanup();
  });

  it('writes the stage data rebuild_stage_data() derives from the states, row for row', async () => {
    const pool = pgStoreOf(store).pool;
    const facts = await pool.query('SELECT * FROM application_facts ORDER BY application_id');
    const steps = await pool.query(
      `SELECT ${STEP_COLUMNS} FROM application_steps ORDER BY application_id, n`,
    );
    expect(facts.rowCount).toBe(2997); // all but the 0.1 % awaiting registration
    expect(steps.rowCount).toBeGreaterThan(5000);
    await pool.query('SELECT rebuild_stage_data()');
    expect((await pool.query('SELECT * FROM application_facts ORDER BY application_id')).rows).toEqual(
      facts.rows,
    );
    expect(
      (await pool.query(`SELECT ${STEP_COLUMNS} FROM application_steps ORDER BY application_id, n`)).rows,
    ).toEqual(steps.rows);
  });

  it('fills the queue columns for the open ones only, and every instant is the engine ISO form', async () => {
    const pool = pgStoreOf(store).pool;
    const { rows } = await pool.query<{ status: string; n: number; queued: number }>(
      'SELECT status, count(*)::int AS n, count(queue_role)::int AS queued FROM applications GROUP BY 1 ORDER BY 1',
    );
    expect(rows).toEqual([
      { status: 'approved', n: 300, queued: 0 },
      { status: 'in-review', n: 30, queued: 30 },
      { status: 'issued', n: 2067, queued: 0 },
      { status: 'refused', n: 600, queued: 0 },
      { status: 'submitted', n: 3, queued: 0 },
    ]);
    const open = await store.repos.workQueue.find({
      providerId: 'prov-0',
      role: 'executor',
      registering: true,
    });
    expect(open.length).toBeGreaterThan(0);
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
    for (const a of open) {
      // The queue's rows carry only what the queue shows (src/store/work-queue.ts queueState).
      const s = a.state as {
        registration: { inboundNumber: string; registeredAt?: string } | null;
        deadline: { at: string } | null;
        steps: { startedAt: string; due: { at: string; explanation?: unknown } }[];
      };
      if (s.registration !== null) {
        expect(s.registration.inboundNumber).toMatch(/^KZ-prov-0-\d{4}-\d+$/);
        expect(s.registration.registeredAt).toBeUndefined();
      }
      expect(s.steps.length).toBeLessThanOrEqual(1);
      for (const st of s.steps) {
        expect(st.startedAt).toMatch(iso);
        expect(st.due.at).toMatch(iso);
        expect(st.due.explanation).toBeUndefined();
      }
      if (s.deadline !== null) expect(s.deadline.at).toMatch(iso);
    }
  });

  it('gives each permit its licence, issued on an issued application', async () => {
    const { publicRegistry } = store.repos;
    const permit = await publicRegistry.permit('KZ02LIC00000007');
    expect(permit?.holderId).toBe('000000000004');
    const docs = await publicRegistry.documentsOf('KZ02LIC00000007');
    expect(docs).toHaveLength(1);
    const app = await store.findApplication('a-65');
    expect(app?.status).toBe('issued');
    expect((app?.state as { issued: { permitNumber: string } }).issued.permitNumber).toBe('KZ02LIC00000007');
  });
});
