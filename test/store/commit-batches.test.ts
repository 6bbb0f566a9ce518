/**
 * How commands are grouped into statements (src/store/commit-batches.ts), with a `send` that
 * stands for PostgreSQL: a lone command goes at once, the ones that come while statements run go
 * together, one per application; a statement the server refused is retried command by command,
 * a lost connection is not. Then on PostgreSQL (the server of DATABASE_URL, else the embedded
 * one): lifecycles run side by side share statements and each gets its own rows, and a command
 * the server refuses inside a shared statement fails alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, lifecycle, processOf } from '../../bench/engine.bench.ts';
import { timersFor } from '../../src/cases/timers.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';
import { CommitBatches, type Send } from '../../src/store/commit-batches.ts';
import { storeError } from '../../src/store/errors.ts';
import { pgStoreOf, type CommandWrite } from '../../src/store/index.ts';
import { createScratchDatabase } from '../../src/store/scratch-database.ts';

/** A send whose statements finish when the test says; values are [applicationId, n] per command. */
function held() {
  const statements: { ids: string[]; finish(fail?: Error): void }[] = [];
  const send: Send = (_text, values) =>
    new Promise((resolve, reject) => {
      const ids = values.filter((_, i) => i % 2 === 0) as string[];
      statements.push({
        ids,
        finish: (fail) =>
          fail === undefined ? resolve(ids.map(() => ({ saved: 1, recorded: 1 }))) : reject(fail),
      });
    });
  return { statements, send };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function refusal(): unknown {
  return storeError(
    Object.assign(new pg.DatabaseError('violates foreign key constraint', 0, 'error'), {
      code: '23503',
      severity: 'ERROR',
    }),
  );
}

describe('commit batches', () => {
  it('sends a lone command at once, and groups those that come while statements run', async () => {
    const { statements, send } = held();
    const batches = new CommitBatches(send, 2, 8);
    const results = ['a', 'b', 'c', 'd', 'e'].map((id) => batches.commit(id, [id, 0]));
    await settle();
    expect(statements.map((s) => s.ids)).toEqual([['a'], ['b']]);
    statements[0]?.finish();
    await settle();
    expect(statements.map((s) => s.ids)).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
    statements[1]?.finish();
    statements[2]?.finish();
    expect(await Promise.all(results)).toEqual(Array(5).fill({ saved: 1, recorded: 1 }));
  });

  it('puts at most `most` commands in a statement, and one per application', async () => {
    const { statements, send } = held();
    const batches = new CommitBatches(send, 1, 3);
    const ids = ['x', 'a', 'a', 'b', 'c', 'd', 'a'];
    const results = ids.map((id) => batches.commit(id, [id, 0]));
    for (let i = 0; i < 4; i++) {
      await settle();
      statements[i]?.finish();
    }
    await Promise.all(results);
    expect(statements.map((s) => s.ids)).toEqual([['x'], ['a', 'b', 'c'], ['a', 'd'], ['a']]);
  });

  it('retries each command of a refused statement alone, so a refusal stays its own', async () => {
    const sent: string[][] = [];
    const send: Send = async (_text, values) => {
      const ids = values.filter((_, i) => i % 2 === 0) as string[];
      sent.push(ids);
      await settle();
      if (ids.includes('bad')) throw refusal();
      return ids.map(() => ({ saved: 1, recorded: 1 }));
    };
    const batches = new CommitBatches(send, 1, 8);
    const results = ['first', 'ok1', 'bad', 'ok2'].map((id) =>
      batches.commit(id, [id, 0]).then(
        (outcome) => outcome.saved,
        (error: unknown) => (error as Error).message,
      ),
    );
    expect(await Promise.all(results)).toEqual([1, 1, expect.stringContaining('23503'), 1]);
    expect(sent).toEqual([['first'], ['ok1', 'bad', 'ok2'], ['ok1'], ['bad'], ['ok2']]);
  });

  it('gives a lost connection to every command of the statement, and sends none again', async () => {
    const { statements, send } = held();
    const batches = new CommitBatches(send, 1, 8);
    const results = ['first', 'a', 'b'].map((id) =>
      batches.commit(id, [id, 0]).then(
        () => 'committed',
        (error: unknown) => (error as { code?: string }).code,
      ),
    );
    await settle();
    statements[0]?.finish();
    await settle();
    // The commit may have happened before the connection went: only the caller's retry, with its
    // idempotency key, can tell.
    statements[1]?.finish(storeError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })));
    expect(await Promise.all(results)).toEqual(['committed', 'store.unavailable', 'store.unavailable']);
    expect(statements).toHaveLength(2);
  });
});

describe('commit batches on PostgreSQL', () => {
  let platform: Platform;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const url = process.env.DATABASE_URL || undefined;
    if (url !== undefined) {
      const db = await createScratchDatabase(url, 'ruqsat_batches');
      platform = await openPlatform({ clock, databaseUrl: db.url, pki: 'none' });
      cleanup = () => db.drop();
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'ruqsat-batches-'));
      platform = await openPlatform({ clock, dataDir: dir, pki: 'none' });
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
  afterAll(async () => {
    await platform?.close();
    await cleanup?.();
  });

  it('many lifecycles at once: commands share statements, and each application gets its own rows', async () => {
    const pool = pgStoreOf(platform.store).pool;
    const query = pool.query.bind(pool) as (config: unknown, values?: unknown[]) => Promise<unknown>;
    const sizes: number[] = [];
    Object.assign(pool, {
      query: (config: string | pg.QueryConfig, values?: unknown[]) => {
        const text = typeof config === 'string' ? config : config.text;
        if (text.startsWith('WITH inserted_0')) sizes.push(text.match(/\bsaved_\d+ AS \(/g)?.length ?? 0);
        return query(config, values);
      },
    });
    const ids = Array.from({ length: 24 }, (_, i) => `batched-${i}`);
    await Promise.all(ids.map((id) => lifecycle(platform, processOf(platform), id)));
    Object.assign(pool, { query });

    expect(Math.max(...sizes)).toBeGreaterThan(1);
    for (const id of ids) {
      const state = await platform.engine.get(id);
      const events = await platform.store.events(id);
      expect({ id, status: state.status, seq: events.length }).toEqual({
        id,
        status: 'delivered',
        seq: state.version,
      });
      const pending = (await platform.store.pendingTimers(id)).map(
        (t) => `${t.kind} ${t.dueAt.toISOString()}`,
      );
      expect(pending.sort()).toEqual(
        timersFor(state)
          .map((t) => `${t.kind} ${t.dueAt.toISOString()}`)
          .sort(),
      );
      expect((await platform.store.findPermit(state.issued?.permitNumber ?? ''))?.holderId).toBe(
        state.applicant.id,
      );
    }
    const stageData = async () => ({
      facts: (await pool.query('SELECT * FROM application_facts ORDER BY application_id')).rows,
      steps: (await pool.query('SELECT * FROM application_steps ORDER BY application_id, n')).rows,
    });
    const written = await stageData();
    await pool.query('SELECT rebuild_stage_data()');
    expect(written.facts).toHaveLength(ids.length);
    expect(written).toEqual(await stageData());
  }, 120_000);

  it('a command the server refuses in a shared statement fails alone; the others commit', async () => {
    const draft = (id: string, unitId?: string): CommandWrite => ({
      summary: { id, serviceId: 's', providerId: 'p', status: 'draft', applicantId: null },
      expectedVersion: 0,
      previous: null,
      state: { id, status: 'draft' },
      events: [{ type: 'draft-created', at: clock.now().toISOString(), data: {} }],
      timers: [],
      idempotencyKey: `${id}-key`,
      result: { id },
      ...(unitId === undefined ? {} : { unitId }),
    });
    const tx = platform.store.autocommit();
    // The first four go at once; the other six wait for them and go as one statement.
    const ids = Array.from({ length: 10 }, (_, i) => `refused-batch-${i}`);
    const outcomes = await Promise.allSettled(
      ids.map((id, i) => tx.commitCommand(draft(id, i === 6 ? 'no-such-unit' : undefined))),
    );
    expect(outcomes.map((o) => o.status)).toEqual(ids.map((_, i) => (i === 6 ? 'rejected' : 'fulfilled')));
    const saved = await Promise.all(ids.map((id) => platform.store.findApplication(id)));
    expect(saved.map((row) => row?.version ?? null)).toEqual(ids.map((_, i) => (i === 6 ? null : 1)));
  });
});
