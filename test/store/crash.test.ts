import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, pgStoreOf } from '../../src/store/index.ts';
import { exitOf, freshPlace, kinds, startChild, type Kind, type Place } from './fixture.ts';

/** The process group of the embedded server on `dataDir`: its watchdog, postmaster and backends. */
async function serverGroup(dataDir: string): Promise<number> {
  const pid = (await readFile(join(dataDir, 'pgdata', 'postmaster.pid'), 'utf8')).split('\n')[0];
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after "(comm)": state, ppid, pgrp.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

describe.each(kinds)('%s store: SIGKILL mid-load', (kind: Kind) => {
  let place: Place;
  beforeAll(async () => {
    place = await freshPlace(kind);
  });
  afterAll(async () => {
    await place?.cleanup();
  });

  /**
   * A child writes applications (create: version 2, then submit: version 3), printing each id
   * after its commit; it is killed mid-load. Returns the versions it acknowledged.
   */
  async function killWhileWriting(prefix: string, killServerToo: boolean): Promise<Map<string, number>> {
    const { child, lines } = startChild('write', JSON.stringify(place.options), prefix);
    const acked = new Map<string, number>();
    const record = (line: string) => {
      const [id, version] = line.split(' ');
      if (id !== undefined && id !== 'ready') acked.set(id, Number(version));
    };
    const killAfter = 100 + Math.floor(Math.random() * 200);
    while (acked.size < killAfter) {
      const next = await lines.next();
      if (next.done === true) throw new Error('the writer stopped by itself');
      record(next.value);
    }
    if (killServerToo) process.kill(-(await serverGroup(place.options.dataDir ?? '')), 'SIGKILL');
    child.kill('SIGKILL');
    // What it printed before dying was acknowledged too.
    for (let next = await lines.next(); next.done !== true; next = await lines.next()) record(next.value);
    await exitOf(child);
    return acked;
  }

  /**
   * Checks that every acknowledged write is there after the restart, and prints the figures as
   * one JSON line for the CI log: writes acknowledged (a create is one, a submission another),
   * found after the restart, lost (must be 0), inbound numbers given twice (must be 0).
   */
  async function expectAllThere(prefix: string, acked: Map<string, number>) {
    const store = await openStore(place.options);
    try {
      const { rows } = await pgStoreOf(store).pool.query<{
        id: string;
        version: number;
        events: number;
        last_seq: number;
        commands: number;
      }>(
        `SELECT a.id, a.version,
           (SELECT count(*)::int FROM events e WHERE e.application_id = a.id) AS events,
           (SELECT max(seq) FROM events e WHERE e.application_id = a.id) AS last_seq,
           (SELECT count(*)::int FROM commands c WHERE c.application_id = a.id) AS commands
         FROM applications a WHERE a.id LIKE $1`,
        [`${prefix}-%`],
      );
      const found = new Map(rows.map((r) => [r.id, r]));
      const missing = [...acked].filter(([id, version]) => (found.get(id)?.version ?? 0) < version);
      // Versions 2 and 3 are the create's and the submission's commits: version − 1 writes.
      const acknowledged = [...acked.values()].reduce((n, v) => n + v - 1, 0);
      const foundAfterRestart = [...acked].reduce(
        (n, [id, v]) => n + Math.min(v, found.get(id)?.version ?? 1) - 1,
        0,
      );
      const { rows: twice } = await pgStoreOf(store).pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (
           SELECT state->>'inboundNumber' FROM applications
           WHERE id LIKE $1 AND state ? 'inboundNumber'
           GROUP BY 1 HAVING count(*) > 1) AS d`,
        [`${prefix}-%`],
      );
      const duplicateInboundNumbers = twice[0]?.n ?? -1;
      process.stdout.write(
        `${JSON.stringify({
          test: 'store/crash',
          store: kind,
          killed: prefix === 'all-killed' ? 'writer and PostgreSQL' : 'writer',
          acknowledged,
          foundAfterRestart,
          lost: acknowledged - foundAfterRestart,
          duplicateInboundNumbers,
        })}\n`,
      );
      expect(missing).toEqual([]);
      expect(acknowledged - foundAfterRestart).toBe(0);
      expect(duplicateInboundNumbers).toBe(0);
      // Every application, acknowledged or caught committing at the kill, is whole: its
      // version, its events 1…version and one command per transaction, all or nothing.
      for (const r of rows) {
        expect([2, 3]).toContain(r.version);
        expect(r.events).toBe(r.version);
        expect(r.last_seq).toBe(r.version);
        expect(r.commands).toBe(r.version - 1);
      }
      expect(rows.length).toBeGreaterThanOrEqual(acked.size);
      expect(rows.length).toBeLessThanOrEqual(acked.size + 1);
    } finally {
      await store.close();
    }
  }

  it('keeps every acknowledged write when the writing process is killed', async () => {
    const acked = await killWhileWriting('killed', false);
    expect(acked.size).toBeGreaterThanOrEqual(100);
    await expectAllThere('killed', acked);
  });

  it.runIf(kind === 'embedded')(
    'keeps every acknowledged write when the embedded PostgreSQL is killed with it',
    async () => {
      const acked = await killWhileWriting('all-killed', true);
      await expectAllThere('all-killed', acked);
    },
  );
});
