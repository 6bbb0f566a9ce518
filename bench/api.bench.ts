/**
 * `api.verify`: public permit verifications per second over HTTP, measured from a second process
 * (bench/http-load.ts: kept-alive connections, 16 in flight) with p50 and p99 latency, on the
 * embedded store; the baseline is a Fastify route answering a constant, in the server's process,
 * loaded the same way in the same run.
 *
 * `api.submit`: signed portal submissions accepted and durable per second over HTTP
 * (`POST /applications/:id/submit` with a bearer session: session lookup, ownership read, EDS
 * verification, the engine's command), against the engine's in-process figure for the same
 * signed submissions on the same store, same concurrency, same run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import Fastify from 'fastify';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SimulatedClock, type Clock } from '../src/cases/clock.ts';
import { applicationContent } from '../src/cases/eds.ts';
import type { Actor } from '../src/cases/model.ts';
import { demoPeople } from '../src/integrations/index.ts';
import { signDetached } from '../src/signature/sign.ts';
import { platformSessions } from '../src/server/session-store.ts';
import type { Platform } from '../src/platform.ts';
import { runScenario } from '../src/demo/scenario.ts';
import { openPlatform } from '../src/platform.ts';
import { buildApp } from '../src/server/app.ts';
import { figure, type Benchmark } from './harness.ts';

const MS = 2000;
const LOAD_MS = 3000;
const LOAD_CONCURRENCY = 16;

interface Load {
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

/** Requests/s and latency of GET `url` measured by bench/http-load.ts in a child process. */
function load(url: string): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'http-load.ts'),
        url,
        String(LOAD_CONCURRENCY),
        String(LOAD_MS),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Load) : reject(new Error(`http-load exited with ${code}`)),
    );
  });
}
const CONCURRENCY = 8;

/** Ops per second of `op` in CONCURRENCY loops for MS, or until `op` says it has no more work (false). */
async function rate(op: () => Promise<unknown>): Promise<number> {
  const end = performance.now() + MS;
  let done = 0;
  let out = false;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (!out && performance.now() < end) {
        if ((await op()) === false) {
          out = true;
          break;
        }
        done++;
      }
    }),
  );
  return Math.round((done / (performance.now() - start)) * 1000);
}

const FLAG = 'state-flag-emblem-manufacturing-license';

/** `n` signed drafts of `person`, ready to submit: the signature is the applicant's demo EDS over the draft. */
async function signedDrafts(platform: Platform, run: string, n: number, person: string) {
  const pki = platform.pki;
  if (pki === null) throw new Error('api.submit needs the demo PKI');
  const key = await pki.keyFor({ iin: person, role: 'individual' });
  const me: Actor = { id: person, role: 'applicant' };
  const out: { id: string; signature: string }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < n; i = next++) {
        const id = `${run}-${i}`;
        await platform.engine.execute(
          id,
          {
            type: 'create-draft',
            serviceId: FLAG,
            caseId: 'issue',
            channel: 'egov-portal',
            applicant: { id: person, type: 'individual', name: 'Bench' },
          },
          { actor: me, idempotencyKey: `${id}-d` },
        );
        const draft = await platform.engine.get(id);
        out.push({
          id,
          signature: signDetached(applicationContent(draft), key, platform.clock.now()).base64,
        });
      }
    }),
  );
  return out;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'api.submit',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'ruqsat-bench-api-'));
      chmodSync(dir, 0o755);
      // A fixed working-day instant: every submission registers "now", inside office hours.
      const clock: Clock = { now: () => new Date('2025-06-03T10:00:00+05:00') };
      const platform = await openPlatform({ clock, dataDir: join(dir, 'pg'), pki: 'demo' });
      const sessions = platformSessions(platform);
      const app = buildApp({
        catalog: platform.catalog,
        today: () => '2025-06-03',
        acceptRepealed: true,
        platform,
        sessions,
      });
      try {
        await app.ready();
        const person = demoPeople[0]?.iin ?? '';
        const session = await sessions.startApplicant(
          { kind: 'applicant', id: person, type: 'individual', name: 'Bench' },
          false,
        );
        const headers = { authorization: `Bearer ${session.token}` };
        const count = 4000;
        const overHttp = await signedDrafts(platform, 'http', count, person);
        const inProcess = await signedDrafts(platform, 'engine', count, person);
        let h = 0;
        const httpRound = () =>
          rate(async () => {
            const draft = overHttp[h++];
            if (draft === undefined) return false;
            const res = await app.inject({
              method: 'POST',
              url: `/api/v1/applications/${draft.id}/submit`,
              headers,
              payload: { signature: draft.signature },
            });
            if (res.statusCode !== 200) throw new Error(res.body);
            return true;
          });
        let e = 0;
        const me: Actor = { id: person, role: 'applicant' };
        const engineRound = () =>
          rate(async () => {
            const draft = inProcess[e++];
            if (draft === undefined) return false;
            await platform.engine.execute(
              draft.id,
              { type: 'submit', signature: draft.signature },
              { actor: me, idempotencyKey: `${draft.id}-s` },
            );
            return true;
          });
        // Alternate the two, best of three each, so that a neighbour's load or the table's growth
        // does not favour whichever runs first.
        let http = 0;
        let engine = 0;
        for (let round = 0; round < 3; round++) {
          engine = Math.max(engine, await engineRound());
          http = Math.max(http, await httpRound());
        }
        return figure(
          'api.submit',
          http,
          'submissions/s',
          engine,
          `POST /api/v1/applications/:id/submit with the applicant's EDS (verified: chain, validity, OCSP simulator), bearer session, via inject, ${CONCURRENCY} concurrent, embedded store, registered and durable; baseline: engine.execute of the same signed submission in process, same store and concurrency, same run`,
        );
      } finally {
        await app.close();
        await platform.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'api.verify',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'ruqsat-bench-api-'));
      chmodSync(dir, 0o755);
      const clock = new SimulatedClock(new Date('2025-04-15T10:00:00+05:00'));
      const platform = await openPlatform({ clock, dataDir: join(dir, 'pg') });
      const app = buildApp({
        catalog: platform.catalog,
        today: () => '2025-04-15',
        acceptRepealed: true,
        platform,
        rateLimitMax: Number.MAX_SAFE_INTEGER,
      });
      // The baseline: a Fastify route that answers a constant, in this same process.
      const constant = Fastify();
      constant.get('/constant', async () => ({ valid: true }));
      try {
        const entry = platform.catalog.resolve('state-flag-emblem-manufacturing-license', '2025-04-15', {
          acceptRepealed: true,
        });
        await runScenario(platform, clock, entry, 'issue', 'bench-api-1');
        const number = (await platform.engine.get('bench-api-1')).issued?.permitNumber ?? '';
        const url = await app.listen({ port: 0, host: '127.0.0.1' });
        const constantUrl = await constant.listen({ port: 0, host: '127.0.0.1' });
        const verify = await load(`${url}/api/v1/public/permits/${number}`);
        const floor = await load(`${constantUrl}/constant`);
        if (verify.errors > 0) throw new Error(`${verify.errors} verification requests failed`);
        return figure(
          'api.verify',
          verify.rps,
          'requests/s',
          floor.rps,
          `GET /api/v1/public/permits/:number over HTTP from a second process, ${LOAD_CONCURRENCY} in flight, ${LOAD_MS} ms, embedded store: p50 ${verify.p50Ms} ms, p99 ${verify.p99Ms} ms; baseline a Fastify route answering a constant: p50 ${floor.p50Ms} ms, p99 ${floor.p99Ms} ms`,
        );
      } finally {
        await constant.close();
        await app.close();
        await platform.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
