/**
 * The stage-data tables of migration 0011 (application_facts, application_steps) follow the
 * application's state in the same statement as its save: a registration adds the facts, a
 * finished step adds its row, a decision updates the facts; a draft adds nothing; a state the
 * store cannot read (not an ISO instant, steps not an array) never makes a save fail. The
 * tables are partitioned by registration year in UTC+5 (migration 0016).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgStoreOf, type Store } from '../../src/store/index.ts';
import { freshPlace, kinds, type Place } from '../store/fixture.ts';

const summary = (id: string, status: string) => ({
  id,
  serviceId: 'svc-a',
  providerId: 'prov-1',
  status,
  applicantId: '900101300011',
});
const ev = (type: string) => [{ type, at: '2025-06-02T05:00:00.000Z', data: {} }];

describe.each(kinds)('%s store: stage data', (kind) => {
  let place: Place;
  let store: Store;
  const q = async (sql: string, args: unknown[] = []) => (await pgStoreOf(store).pool.query(sql, args)).rows;

  beforeAll(async () => {
    place = await freshPlace(kind);
    store = await openStoreOf(place);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await place?.cleanup();
  });

  async function openStoreOf(p: Place): Promise<Store> {
    const { openStore } = await import('../../src/store/index.ts');
    return openStore(p.options);
  }

  it('a draft has no facts; registration adds them; a finished step and a refusal follow', async () => {
    await store.transaction((tx) =>
      tx.saveApplication(summary('sd-1', 'draft'), 0, { id: 'sd-1', steps: [] }, ev('draft-created')),
    );
    expect(await q("SELECT * FROM application_facts WHERE application_id = 'sd-1'")).toEqual([]);

    const registered = {
      id: 'sd-1',
      registration: { registeredAt: '2025-06-02T05:00:00.000Z' },
      deadline: { at: '2025-06-10T13:00:00.000Z' },
      issued: null,
      decision: null,
      steps: [
        {
          stepId: 's1',
          role: 'clerk',
          startedAt: '2025-06-02T05:00:00.000Z',
          doneAt: null,
          due: { at: '2025-06-02T09:00:00.000Z' },
          onTime: null,
        },
      ],
    };
    await store.transaction((tx) =>
      tx.saveApplication(summary('sd-1', 'registered'), 1, registered, ev('registered')),
    );
    expect(
      await q(
        "SELECT status, registered_at, deadline_at, finished_at FROM application_facts WHERE application_id = 'sd-1'",
      ),
    ).toEqual([
      {
        status: 'registered',
        registered_at: new Date('2025-06-02T05:00:00Z'),
        deadline_at: new Date('2025-06-10T13:00:00Z'),
        finished_at: null,
      },
    ]);
    // The step is not done yet: no stage row.
    expect(await q("SELECT * FROM application_steps WHERE application_id = 'sd-1'")).toEqual([]);

    const refused = {
      ...registered,
      decision: { kind: 'refuse', at: '2025-06-05T06:00:00.000Z', groundIds: ['g1', 'g2'] },
      steps: [
        { ...registered.steps[0], doneAt: '2025-06-02T11:00:00.000Z', onTime: false },
        {
          stepId: 's2',
          role: 'head',
          startedAt: '2025-06-02T11:00:00.000Z',
          doneAt: '2025-06-05T06:00:00.000Z',
          due: null,
          onTime: null,
        },
      ],
    };
    await store.transaction((tx) =>
      tx.saveApplication(summary('sd-1', 'refused'), 2, refused, ev('refused')),
    );
    expect(
      await q(
        "SELECT status, finished_at, decision, ground_ids FROM application_facts WHERE application_id = 'sd-1'",
      ),
    ).toEqual([
      {
        status: 'refused',
        finished_at: new Date('2025-06-05T06:00:00Z'),
        decision: 'refuse',
        ground_ids: ['g1', 'g2'],
      },
    ]);
    expect(
      await q(
        "SELECT n, step_id, role, extract(epoch FROM done_at - started_at) / 3600 AS hours, due_at, on_time FROM application_steps WHERE application_id = 'sd-1' ORDER BY n",
      ),
    ).toEqual([
      {
        n: 1,
        step_id: 's1',
        role: 'clerk',
        hours: '6.0000000000000000',
        due_at: new Date('2025-06-02T09:00:00Z'),
        on_time: false,
      },
      { n: 2, step_id: 's2', role: 'head', hours: '67.0000000000000000', due_at: null, on_time: null },
    ]);
  });

  it('the tables equal what the state says (rebuilt from applications.state)', async () => {
    const rebuilt = await q(`
      SELECT a.id, a.status, ruqsat_instant(a.state->'registration'->>'registeredAt') AS registered_at,
             ruqsat_instant(a.state->'deadline'->>'at') AS deadline_at
      FROM applications a WHERE ruqsat_instant(a.state->'registration'->>'registeredAt') IS NOT NULL ORDER BY a.id`);
    const kept = await q(
      'SELECT application_id AS id, status, registered_at, deadline_at FROM application_facts ORDER BY application_id',
    );
    expect(kept).toEqual(rebuilt);
  });

  it('a state the store cannot read is skipped, and the save still succeeds', async () => {
    await store.transaction((tx) =>
      tx.saveApplication(
        summary('sd-2', 'registered'),
        0,
        { registration: { registeredAt: 'yesterday' }, steps: 'none' },
        ev('registered'),
      ),
    );
    await store.transaction((tx) =>
      tx.saveApplication(
        summary('sd-3', 'registered'),
        0,
        {
          registration: { registeredAt: '2025-06-02T05:00:00.000Z' },
          deadline: null,
          decision: { groundIds: 'g1' },
          steps: [{ stepId: 's1', startedAt: 'x', doneAt: 'y' }, 7],
        },
        ev('registered'),
      ),
    );
    expect((await store.findApplication('sd-2'))?.version).toBe(1);
    expect(
      await q(
        "SELECT application_id, deadline_at, ground_ids FROM application_facts WHERE application_id IN ('sd-2', 'sd-3')",
      ),
    ).toEqual([{ application_id: 'sd-3', deadline_at: null, ground_ids: [] }]);
    expect(await q("SELECT * FROM application_steps WHERE application_id IN ('sd-2', 'sd-3')")).toEqual([]);
  });

  it('files each application under its registration year in Kazakhstan time, and moves it if that changes', async () => {
    const step = (startedAt: string) => ({
      stepId: 's1',
      startedAt,
      doneAt: '2026-01-05T05:00:00.000Z',
      due: null,
      onTime: null,
    });
    // 2025-12-31T19:30Z is 1 January 2026, 00:30 in Astana (UTC+5): the 2026 partition.
    const state = (at: string) => ({ registration: { registeredAt: at }, deadline: null, steps: [step(at)] });
    await store.transaction((tx) =>
      tx.saveApplication(
        summary('sd-4', 'registered'),
        0,
        state('2025-12-31T19:30:00.000Z'),
        ev('registered'),
      ),
    );
    // 2019 has no partition of its own: the default one.
    await store.transaction((tx) =>
      tx.saveApplication(
        summary('sd-5', 'registered'),
        0,
        state('2019-03-01T05:00:00.000Z'),
        ev('registered'),
      ),
    );
    const where = async (table: string) =>
      q(
        `SELECT application_id, tableoid::regclass::text AS part FROM ${table} WHERE application_id IN ('sd-4', 'sd-5') ORDER BY 1`,
      );
    expect(await where('application_facts')).toEqual([
      { application_id: 'sd-4', part: 'application_facts_2026' },
      { application_id: 'sd-5', part: 'application_facts_other' },
    ]);
    expect(await where('application_steps')).toEqual([
      { application_id: 'sd-4', part: 'application_steps_2026' },
      { application_id: 'sd-5', part: 'application_steps_other' },
    ]);
    // A registration instant that changes (none does in the engine today) leaves one row, in its new year.
    await store.transaction((tx) =>
      tx.saveApplication(
        summary('sd-4', 'registered'),
        1,
        state('2025-12-31T18:30:00.000Z'),
        ev('registered'),
      ),
    );
    expect(await where('application_facts')).toEqual([
      { application_id: 'sd-4', part: 'application_facts_2025' },
      { application_id: 'sd-5', part: 'application_facts_other' },
    ]);
    expect((await where('application_steps')).filter((r) => r.application_id === 'sd-4')).toEqual([
      { application_id: 'sd-4', part: 'application_steps_2025' },
    ]);
  });
});
