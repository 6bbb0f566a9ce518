/**
 * The stage data the engine's commands write (src/store/stage-data.ts, from each command's state
 * before and after) is, row for row, what rebuild_stage_data() derives from the states: every
 * seed service run to an issue and to a refusal after a hearing, on the PostgreSQL server when
 * there is one (else the embedded one).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/cases/clock.ts';
import { runScenario } from '../../src/demo/scenario.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { createScratchDatabase } from '../../src/store/scratch-database.ts';

let platform: Platform;
let cleanup: () => Promise<void>;
const clock = new SimulatedClock(new Date('2025-06-02T05:00:00Z'));

beforeAll(async () => {
  const url = process.env.DATABASE_URL || undefined;
  if (url !== undefined) {
    const db = await createScratchDatabase(url, 'ruqsat_stage');
    platform = await openPlatform({ clock, databaseUrl: db.url, acceptRepealed: true });
    cleanup = () => db.drop();
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'ruqsat-stage-'));
    platform = await openPlatform({ clock, dataDir: dir, acceptRepealed: true });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
afterAll(async () => {
  await platform?.close();
  await cleanup?.();
});

describe('stage data written by the commands', () => {
  it('equals what rebuild_stage_data() derives from the states', async () => {
    const filed = clock.now();
    let reached = 0;
    for (const [i, { service }] of platform.catalog.list().entries())
      for (const outcome of ['issue', 'refuse-after-hearing'] as const) {
        clock.rewind(filed);
        const entry = platform.catalog.resolve(service.id, '2025-06-02', { acceptRepealed: true });
        const r = await runScenario(platform, clock, entry, outcome, `stage-${i}-${outcome}`);
        if (r.reached) reached++;
      }
    const pool = pgStoreOf(platform.store).pool;
    const read = async () => ({
      facts: (await pool.query('SELECT * FROM application_facts ORDER BY application_id')).rows,
      steps: (await pool.query('SELECT * FROM application_steps ORDER BY application_id, n')).rows,
    });
    const written = await read();
    await pool.query('SELECT rebuild_stage_data()');
    const rebuilt = await read();
    expect(reached).toBeGreaterThan(20);
    expect(written.steps.length).toBeGreaterThan(100);
    expect(written.facts.some((f) => f.decision === 'refuse' && f.ground_ids.length > 0)).toBe(true);
    expect(written).toEqual(rebuilt);
  }, 300_000);
});
