/**
 * Store throughput on a real PostgreSQL: `store.insert.baseline` (single-row INSERT commits per
 * second, the floor any durable write stands on) and `store.save` (one command's write:
 * saveApplication with one event + recordCommand, in one transaction), on the server of
 * DATABASE_URL when it is set and on the embedded default (`.embedded`), with the same number
 * of client connections.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertBaseline, openStore, type Store } from '../src/store/index.ts';
import { createScratchDatabase } from '../src/store/scratch-database.ts';
import { figure, type Benchmark } from './harness.ts';

const CONNECTIONS = 4;
const MS = 2000;

// A state and an event of the size the engine writes (about 1.5 kB and 200 B of JSON).
const state = {
  status: 'in-review',
  steps: Array.from({ length: 12 }, (_, i) => ({
    id: `step-${i}`,
    role: 'executor',
    due: '2025-06-20',
    done: i < 6,
  })),
  documents: Array.from({ length: 6 }, (_, i) => ({ kind: `doc-${i}`, file: `sha256-${'0'.repeat(56)}` })),
};
const eventData = { by: '880615309099', role: 'applicant', step: 'step-6', note: 'x'.repeat(120) };

async function withStore<T>(kind: 'server' | 'embedded', work: (store: Store) => Promise<T>): Promise<T> {
  if (kind === 'server') {
    const db = await createScratchDatabase(process.env.DATABASE_URL ?? '', 'ruqsat_bench');
    const store = await openStore({ databaseUrl: db.url });
    try {
      return await work(store);
    } finally {
      await store.close();
      await db.drop();
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'ruqsat-bench-'));
  chmodSync(dir, 0o755); // as root the server runs as "nobody", which must enter it
  const store = await openStore({ dataDir: join(dir, 'pg') });
  try {
    return await work(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** saveApplication + 1 event + recordCommand per transaction, one application per connection. */
async function saveThroughput(store: Store): Promise<number> {
  const run = Math.random().toString(36).slice(2, 8);
  const versions = Array.from({ length: CONNECTIONS }, () => 0);
  const save = (w: number, i: number) =>
    store.transaction(async (tx) => {
      const id = `${run}-${w}`;
      const summary = {
        id,
        serviceId: 'svc',
        providerId: 'prov',
        status: 'in-review',
        applicantId: '880615309099',
      };
      const at = new Date().toISOString();
      versions[w] = await tx.saveApplication(summary, versions[w] ?? 0, state, [
        { type: 'step-done', at, data: eventData },
      ]);
      await tx.recordCommand(`${id}-${i}`, id, { version: versions[w] });
    });
  // Each connection's first save creates its application; the timed ones update it, as most commands do.
  await Promise.all(versions.map((_, w) => save(w, -1)));
  let done = 0;
  const started = performance.now();
  const deadline = started + MS;
  await Promise.all(
    versions.map(async (_, w) => {
      for (let i = 0; performance.now() < deadline; i++) {
        await save(w, i);
        done++;
      }
    }),
  );
  return Math.round((done / (performance.now() - started)) * 1000);
}

function benchmarksOn(kind: 'server' | 'embedded'): Benchmark[] {
  const suffix = kind === 'server' ? '' : '.embedded';
  const where = kind === 'server' ? 'the DATABASE_URL server' : 'the embedded PostgreSQL';
  return [
    {
      name: `store.insert.baseline${suffix}`,
      run: () =>
        withStore(kind, async (store) =>
          figure(
            `store.insert.baseline${suffix}`,
            await insertBaseline(store, CONNECTIONS, MS),
            'ops/s',
            null,
            `single-row INSERT commits on ${where}, ${CONNECTIONS} connections`,
          ),
        ),
    },
    {
      name: `store.save${suffix}`,
      run: () =>
        withStore(kind, async (store) => {
          const ops = await saveThroughput(store);
          return figure(
            `store.save${suffix}`,
            ops,
            'ops/s',
            await insertBaseline(store, CONNECTIONS, MS),
            `saveApplication (1.5 kB state, 1 event) + recordCommand in one transaction on ${where}, ${CONNECTIONS} connections; baseline: single-row INSERT commits, same connections`,
          );
        }),
    },
  ];
}

export const benchmarks: Benchmark[] = [
  ...(process.env.DATABASE_URL ? benchmarksOn('server') : []),
  ...benchmarksOn('embedded'),
];
