/**
 * Engine throughput on a real PostgreSQL: `engine.submit` (applications accepted and durable
 * per second: the portal submission that registers them) and `engine.lifecycle` (whole issue
 * lifecycles per second), on the server of DATABASE_URL and on the embedded default; each with
 * the baseline of plain single-row INSERT commits on the same database, same connections; and
 * `engine.cost`, what one submission and one lifecycle cost in CPU and WAL.
 */
import pg from 'pg';
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../src/cases/clock.ts';
import type { Actor, Command } from '../src/cases/model.ts';
import type { Process } from '../src/cases/stages/context.ts';
import { openPlatform, type Platform } from '../src/platform.ts';
import { insertBaseline, pgStoreOf } from '../src/store/index.ts';
import { createScratchDatabase } from '../src/store/scratch-database.ts';
import { applicationContent } from '../src/cases/eds.ts';
import { signDetached } from '../src/signature/sign.ts';
import { figure, type Benchmark, type Figure } from './harness.ts';

const WORKERS = Number(process.env['BENCH_WORKERS'] ?? 4);
const MS = 3000;
const SERVICE = 'state-flag-emblem-manufacturing-license';
// A fixed working-day instant: every command happens "now", inside office hours.
export const clock: Clock = { now: () => new Date('2025-06-03T10:00:00+05:00') };
const applicant = { id: '880615309099', type: 'individual' as const, name: 'Нұрғалиев Асхат' };
const me: Actor = { id: applicant.id, role: 'applicant' };
const official: Actor = { id: 'bench-official', role: 'other' };
const system: Actor = { id: 'system', role: 'system' };

async function withPlatform<T>(
  kind: 'server' | 'embedded',
  work: (p: Platform) => Promise<T>,
  pki: 'demo' | 'none' = 'none',
): Promise<T | null> {
  if (kind === 'server') {
    const url = process.env['DATABASE_URL'];
    if (url === undefined) return null;
    const db = await createScratchDatabase(url, 'ruqsat_bench');
    const platform = await openPlatform({ clock, databaseUrl: db.url, pki });
    try {
      return await work(platform);
    } finally {
      await platform.close();
      await db.drop();
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'ruqsat-bench-'));
  const platform = await openPlatform({ clock, dataDir: dir, pki });
  try {
    return await work(platform);
  } finally {
    await platform.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `op` in WORKERS parallel loops for MS; returns completed ops per second. */
async function throughput(op: (worker: number, i: number) => Promise<void>): Promise<number> {
  let done = 0;
  const deadline = performance.now() + MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      for (let i = 0; performance.now() < deadline; i++) {
        await op(w, i);
        done++;
      }
    }),
  );
  return Math.round((done / (performance.now() - started)) * 1000);
}

const draft = (): Command => ({
  type: 'create-draft',
  serviceId: SERVICE,
  caseId: 'issue',
  channel: 'egov-portal',
  applicant,
});

async function submitBench(kind: 'server' | 'embedded', signed: boolean): Promise<Figure | null> {
  return withPlatform(
    kind,
    async (p) => {
      const run = `${kind}-${Date.now().toString(36)}`;
      // Drafts are made beforehand: the figure is for the submission that accepts them.
      const drafts = Math.max(4000, WORKERS * 1500);
      let made = 0;
      await Promise.all(
        Array.from({ length: WORKERS }, async (_, w) => {
          for (let i = w; i < drafts; i += WORKERS) {
            await p.engine.execute(`${run}-${i}`, draft(), { actor: me, idempotencyKey: `${run}-${i}-d` });
            made++;
          }
        }),
      );
      // …and signed by the applicant, as the portal requires; verifying the EDS is part of accepting.
      const signatures: ({ signature: string } | Record<string, never>)[] = [];
      for (let i = 0; i < made; i++) signatures.push(await sign(p, `${run}-${i}`));
      let next = 0;
      const ops = await throughput(async () => {
        const i = next++;
        if (i >= made) throw new Error('benchmark ran out of drafts; raise the count');
        await p.engine.execute(
          `${run}-${i}`,
          { type: 'submit', ...signatures[i] },
          { actor: me, idempotencyKey: `${run}-${i}-s` },
        );
      });
      const base = await insertBaseline(p.store, WORKERS, MS);
      const name = `engine.submit${signed ? '.signed' : ''}${kind === 'server' ? '' : '.embedded'}`;
      return figure(
        name,
        ops,
        'ops/s',
        base,
        `portal submission${signed ? ' with its EDS verified (chain, validity, OCSP simulator)' : ' (EDS not verified here: see engine.submit.signed and signature.verify)'}, registered and durable (state, events, timers and idempotency record in one statement); ${WORKERS} connections; baseline: single-row INSERT commits, same connections`,
      );
    },
    signed ? 'demo' : 'none',
  );
}

/** SERVICE's process in the catalog: who does each step of a lifecycle. */
export function processOf(p: Platform): Process | undefined {
  return p.catalog.resolve(SERVICE, '2025-06-03', { acceptRepealed: true }).service.processes[0];
}

/** One whole issue lifecycle of SERVICE as application `id`: every command, every catalog step. */
export async function lifecycle(p: Platform, catalogProcess: Process | undefined, id: string): Promise<void> {
  let n = 0;
  const exec = (c: Command, a: Actor) =>
    p.engine.execute(id, c, { actor: a, idempotencyKey: `${id}-${++n}` });
  await exec(draft(), me);
  await exec({ type: 'submit', ...(await sign(p, id)) }, me);
  await exec(
    {
      type: 'record-payment',
      invoiceId: id,
      amountTenge: 39_320,
      transactionId: id,
      paidAt: '2025-06-03T05:00:00Z',
    },
    system,
  );
  await exec({ type: 'check-completeness', complete: true }, official);
  for (
    let step = (await p.engine.get(id)).currentStepId;
    step !== null;
    step = (await p.engine.get(id)).currentStepId
  ) {
    const kindOf = catalogProcess?.participants.find(
      (r) => r.id === catalogProcess.steps.find((s) => s.id === step)?.role,
    )?.kind;
    await exec(
      { type: 'complete-step', stepId: step },
      kindOf === 'applicant'
        ? me
        : kindOf === 'information-system'
          ? system
          : { id: 'bench', role: kindOf ?? 'other' },
    );
  }
  await exec({ type: 'decide', decision: 'approve' }, official);
  await exec({ type: 'sign', signatureId: id }, official);
  await exec({ type: 'issue', permitNumber: '' }, system);
  await exec({ type: 'deliver' }, system);
}

async function lifecycleBench(kind: 'server' | 'embedded'): Promise<Figure | null> {
  return withPlatform(kind, async (p) => {
    const run = `${kind}-${Date.now().toString(36)}`;
    const steps = processOf(p);
    const ops = await throughput((w, i) => lifecycle(p, steps, `${run}-${w}-${i}`));
    const base = await insertBaseline(p.store, WORKERS, MS);
    const name = kind === 'server' ? 'engine.lifecycle' : 'engine.lifecycle.embedded';
    return figure(
      name,
      ops,
      'ops/s',
      base,
      `whole issue lifecycles of ${SERVICE} (about 20 commands each, with every catalog step); ${WORKERS} connections; baseline: single-row INSERT commits`,
    );
  });
}

/**
 * What one submission and one lifecycle cost, on one connection with nothing overlapping: Node's
 * CPU, the CPU of the `postgres` processes of this machine (from /proc, so only where the server
 * runs here), and the WAL the server wrote meanwhile. Steadier than the throughput figures, which
 * vary by about 15 % between runs of the same code on a shared 2-core machine
 * (docs/architecture.md, "Figures of the write path").
 */
async function costBench(): Promise<Figure[] | null> {
  return withPlatform('server', async (p) => {
    const run = `cost-${Date.now().toString(36)}`;
    const pool = pgStoreOf(p.store).pool;
    const walAt = async () =>
      Number((await pool.query<{ b: string }>("SELECT pg_current_wal_lsn() - '0/0' AS b")).rows[0]?.b);
    const measure = async (n: number, work: () => Promise<void>) => {
      const [cpu, server, wal, started] = [
        process.cpuUsage(),
        postgresCpuMs(),
        await walAt(),
        performance.now(),
      ];
      await work();
      const node = process.cpuUsage(cpu);
      const pgMs = postgresCpuMs();
      return {
        wallMs: (performance.now() - started) / n,
        nodeMs: (node.user + node.system) / 1000 / n,
        serverMs: server === null || pgMs === null ? null : (pgMs - server) / n,
        walKb: ((await walAt()) - wal) / 1024 / n,
      };
    };
    const drafts = 1000;
    for (let i = 0; i < drafts; i++)
      await p.engine.execute(`${run}-${i}`, draft(), { actor: me, idempotencyKey: `${run}-${i}-d` });
    const submit = await measure(drafts, async () => {
      for (let i = 0; i < drafts; i++)
        await p.engine.execute(
          `${run}-${i}`,
          { type: 'submit' },
          { actor: me, idempotencyKey: `${run}-${i}-s` },
        );
    });
    const lifecycles = 100;
    const whole = await measure(lifecycles, async () => {
      const steps = processOf(p);
      for (let i = 0; i < lifecycles; i++) await lifecycle(p, steps, `${run}-l${i}`);
    });
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const of = (what: string, c: typeof submit): Figure[] => [
      figure(
        `engine.cost.${what}.node`,
        round(c.nodeMs),
        'ms',
        null,
        `Node's CPU per ${what} (wall ${round(c.wallMs)} ms)`,
      ),
      ...(c.serverMs === null
        ? []
        : [
            figure(
              `engine.cost.${what}.postgres`,
              round(c.serverMs),
              'ms',
              null,
              `CPU of this machine's postgres processes per ${what}`,
            ),
          ]),
      figure(
        `engine.cost.${what}.wal`,
        Math.round(c.walKb * 10) / 10,
        'kB',
        null,
        `WAL the server wrote per ${what}`,
      ),
    ];
    return [...of('submit', submit), ...of('lifecycle', whole)];
  });
}

/** One statement as the store sent it to the pool. */
interface SentStatement {
  text: string;
  name: string | undefined;
  values: unknown[] | undefined;
}

/**
 * The database's share of a submission: the statements the store sent for each submission
 * (`pool.query`, the path of every command but `issue`) are recorded, then replayed unchanged
 * (same text, same prepared name, same values) on the same drafts in a second database, on
 * WORKERS plain connections and with no engine at all. The replay is the most any engine could
 * get from these writes; set beside `engine.submit` of the same run, the difference is the
 * engine's own cost (docs/architecture.md, "Figures of the write path", fourth pass).
 */
async function floorBench(): Promise<Figure[] | null> {
  const url = process.env['DATABASE_URL'];
  if (url === undefined) return null;
  const drafts = Math.max(4000, WORKERS * 1500);
  const run = `floor-${Date.now().toString(36)}`;
  const draftAll = (p: Platform) =>
    Promise.all(
      Array.from({ length: WORKERS }, async (_, w) => {
        for (let i = w; i < drafts; i += WORKERS)
          await p.engine.execute(`${run}-${i}`, draft(), { actor: me, idempotencyKey: `${run}-${i}-d` });
      }),
    );
  const sent: SentStatement[][] = [];
  const engine = await withPlatform('server', async (p) => {
    await draftAll(p);
    const pool = pgStoreOf(p.store).pool;
    const query = pool.query.bind(pool) as (config: unknown, values?: unknown[]) => Promise<unknown>;
    // Each submission runs in its own async context, so its statements are told apart from the
    // other workers' interleaved ones. An own property on this one pool: every statement of an
    // autocommit command passes here.
    const statementsOf = new AsyncLocalStorage<SentStatement[]>();
    Object.assign(pool, {
      query: (config: string | pg.QueryConfig, values?: unknown[]) => {
        statementsOf
          .getStore()
          ?.push(
            typeof config === 'string'
              ? { text: config, name: undefined, values }
              : { text: config.text, name: config.name, values: config.values },
          );
        return query(config, values);
      },
    });
    let next = 0;
    const ops = await throughput(async () => {
      const i = next++;
      if (i >= drafts) throw new Error('benchmark ran out of drafts; raise the count');
      sent[i] = [];
      await statementsOf.run(sent[i], () =>
        p.engine.execute(`${run}-${i}`, { type: 'submit' }, { actor: me, idempotencyKey: `${run}-${i}-s` }),
      );
    });
    return { ops, base: await insertBaseline(p.store, WORKERS, MS) };
  });
  if (engine === null) return null;
  const db = await createScratchDatabase(url, 'ruqsat_bench');
  try {
    const p = await openPlatform({ clock, databaseUrl: db.url, pki: 'none' });
    await draftAll(p).finally(() => p.close());
    const pool = new pg.Pool({ connectionString: db.url, max: WORKERS });
    const clients = await Promise.all(Array.from({ length: WORKERS }, () => pool.connect()));
    let replayed: number;
    try {
      // Every recorded submission once, as fast as WORKERS connections go; a write that found
      // its draft moved (saved = 0) would make the replay fast for nothing, so it stops the bench.
      let next = 0;
      const started = performance.now();
      await Promise.all(
        clients.map(async (client) => {
          for (let i = next++; i < sent.length; i = next++)
            for (const statement of sent[i] ?? []) {
              const { rows } = await client.query<{ saved?: number[] }>(statement);
              if (rows[0]?.saved?.includes(0)) throw new Error(`replayed submission ${i} saved nothing`);
            }
        }),
      );
      replayed = Math.round((sent.length / (performance.now() - started)) * 1000);
    } finally {
      clients.forEach((c) => c.release());
      await pool.end();
    }
    const base = await insertBaseline(db.url, WORKERS, MS);
    const notes = `${WORKERS} connections; baseline: single-row INSERT commits, same connections`;
    return [
      figure(
        'engine.floor.engine',
        engine.ops,
        'ops/s',
        engine.base,
        `submissions through the engine, recorded: ${notes}`,
      ),
      figure(
        'engine.floor.statements',
        replayed,
        'ops/s',
        base,
        `the same submissions' statements replayed with no engine (the database's share): ${notes}`,
      ),
    ];
  } finally {
    await db.drop();
  }
}

/**
 * CPU time of every `postgres` process on this machine, in ms, or null without any (no /proc, or
 * the server runs elsewhere). /proc counts in USER_HZ, which Linux fixes at 100 a second.
 */
function postgresCpuMs(): number | null {
  let ticks = 0;
  let found = false;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    if (!stat.includes(' (postgres) ')) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    found = true;
  }
  return found ? ticks * 10 : null;
}

/** The applicant's EDS over the draft, when the platform runs with a PKI. */
async function sign(p: Platform, id: string): Promise<{ signature: string } | Record<string, never>> {
  const key = await p.pki?.keyFor({ iin: applicant.id, role: 'individual' });
  return key === undefined
    ? {}
    : { signature: signDetached(applicationContent(await p.engine.get(id)), key, clock.now()).base64 };
}

const skipped = (name: string): Figure => figure(name, 0, 'ops/s', null, 'skipped: DATABASE_URL is not set');

export const benchmarks: Benchmark[] = [
  {
    name: 'engine.submit',
    run: async () => (await submitBench('server', false)) ?? skipped('engine.submit'),
  },
  {
    name: 'engine.submit.signed',
    run: async () => (await submitBench('server', true)) ?? skipped('engine.submit.signed'),
  },
  {
    name: 'engine.lifecycle',
    run: async () => (await lifecycleBench('server')) ?? skipped('engine.lifecycle'),
  },
  {
    name: 'engine.floor',
    run: async () => (await floorBench()) ?? skipped('engine.floor'),
  },
  {
    name: 'engine.cost',
    run: async () => (await costBench()) ?? skipped('engine.cost'),
  },
  { name: 'engine.submit.embedded', run: async () => (await submitBench('embedded', false)) as Figure },
  { name: 'engine.lifecycle.embedded', run: async () => (await lifecycleBench('embedded')) as Figure },
];
