/**
 * The two stores every store test runs against: the embedded PostgreSQL always, a PostgreSQL
 * server when DATABASE_URL is set (CI sets it). Each test file gets a fresh place — a temp
 * folder, or a new database on the server — and removes it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { StoreOptions } from '../../src/store/index.ts';
import { createScratchDatabase } from '../../src/store/scratch-database.ts';
import type { ApplicationSummary, EventRecord } from '../../src/store/store.ts';

export type Kind = 'embedded' | 'server';

export const serverUrl = process.env.DATABASE_URL || undefined;
export const kinds: Kind[] = serverUrl === undefined ? ['embedded'] : ['embedded', 'server'];

export interface Place {
  options: StoreOptions;
  cleanup(): Promise<void>;
}

/** A temp folder for the embedded store, or a new database on the server. */
export async function freshPlace(kind: Kind): Promise<Place> {
  if (kind === 'server') {
    const db = await createScratchDatabase(serverUrl ?? '', 'ruqsat_test');
    return { options: { databaseUrl: db.url }, cleanup: () => db.drop() };
  }
  const root = await mkdtemp(join(tmpdir(), 'ruqsat-store-'));
  // As root the server runs as "nobody", which must be able to enter the folder.
  await chmod(root, 0o755);
  return {
    options: { dataDir: join(root, 'pg') },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

let counter = 0;
/** An application id no other test in the file uses. */
export const newId = (prefix = 'app') => `${prefix}-${process.pid}-${++counter}`;

export function summary(id: string, status = 'draft'): ApplicationSummary {
  return { id, serviceId: 'svc-1', providerId: 'prov-1', status, applicantId: null };
}

export function event(type: string, data: unknown = {}): EventRecord {
  return { type, at: '2025-03-21T05:30:00.000Z', data };
}

/** A child process running test/store/child.ts; `lines` yields what it prints, line by line. */
export function startChild(...args: string[]): { child: ChildProcess; lines: AsyncIterableIterator<string> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('child.ts', import.meta.url)), ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (child.stdout === null) throw new Error('no stdout');
  return { child, lines: createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
