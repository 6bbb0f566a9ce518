/** `ruqsat registry …`: look up a permit, suspend, resume or terminate it, import one issued elsewhere. */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { z } from 'zod';
import { systemClock } from '../integrations/clock.ts';
import { changePermit, importExternalPermit } from '../cases/permits.ts';
import { loadCatalog } from '../catalog/files.ts';
import { AppError, userMessage } from '../errors/app-error.ts';
import { PermitImport } from '../registry/import.ts';
import { timeZone } from '../calendar/index.ts';
import { fromDayNumber } from '../calendar/local-date.ts';
import { langOf } from './language.ts';
import {
  PERMIT_NUMBER_EXAMPLE,
  checkPermitNumber,
  publicPermitView,
  type Permit,
} from '../registry/index.ts';
import { openStore } from '../store/index.ts';

const dirOption = [
  '--data-dir <dir>',
  'the embedded store folder (default: DATABASE_URL, else ./data/pg)',
] as const;

async function withStore<T>(
  dataDir: string | undefined,
  work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
): Promise<T> {
  const store = await openStore(dataDir === undefined ? {} : { dataDir });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function canonical(number: string): string {
  const check = checkPermitNumber(number);
  if (!check.valid)
    throw new AppError('registry.invalid_number', `invalid permit number ${number}`, {
      value: number,
      example: PERMIT_NUMBER_EXAMPLE,
    });
  return check.value;
}

function print(permit: Permit, json: boolean | undefined, publicView: boolean | undefined): void {
  const view = publicView ? publicPermitView(permit) : permit;
  if (json) process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
  else {
    process.stdout.write(
      `${permit.number} · ${permit.status} · ${permit.serviceId} · holder ${publicView ? publicPermitView(permit).holder : permit.holderId}\n`,
    );
    for (const h of permit.history)
      process.stdout.write(`  ${h.at}  ${h.action}${h.reason ? ` — ${h.reason}` : ''}\n`);
  }
}

export function registryCommand(): Command {
  const cmd = new Command('registry').description('the registry of issued permits');
  cmd
    .command('show')
    .description('a permit with its history (--public: as the public registry shows it, IIN masked)')
    .argument('<number>', 'permit number, e.g. KZ02FLG25000123')
    .option(...dirOption)
    .option('--public', 'the public view')
    .option('--json', 'print JSON')
    .action(async (number: string, opts: { dataDir?: string; public?: boolean; json?: boolean }) => {
      const n = canonical(number);
      await withStore(opts.dataDir, async (store) => {
        const row = await store.findPermit(n);
        if (row === undefined)
          throw new AppError('cases.permit_not_usable', 'not found', {
            number: n,
            reason: 'not in the registry',
          });
        print(row.data as Permit, opts.json, opts.public);
      });
    });
  for (const action of ['suspend', 'resume', 'terminate'] as const) {
    const sub = cmd
      .command(action)
      .description(`${action} a permit (an official's act, recorded in its history)`)
      .argument('<number>', 'permit number')
      .requiredOption('--reason <text>', 'why')
      .option('--basis <text>', 'the document it rests on (court decision, order …)', '')
      .option('--by <official>', 'who', 'official')
      .option(...dirOption)
      .option('--json', 'print JSON');
    if (action === 'suspend') sub.requiredOption('--until <YYYY-MM-DD>', 'the last day of the suspension');
    sub.action(
      async (
        number: string,
        opts: { reason: string; basis: string; by: string; until?: string; dataDir?: string; json?: boolean },
      ) => {
        const n = canonical(number);
        const now = systemClock.now();
        const command =
          action === 'suspend'
            ? { type: action, until: opts.until ?? '', reason: opts.reason, basis: opts.basis, by: opts.by }
            : action === 'resume'
              ? { type: action, reason: opts.reason, basis: opts.basis || null, by: opts.by }
              : { type: action, reason: opts.reason, basis: opts.basis, by: opts.by };
        await withStore(opts.dataDir, async (store) =>
          print(await store.transaction((tx) => changePermit(tx, n, command, now)), opts.json, false),
        );
      },
    );
  }
  cmd.addCommand(importCommand());
  return cmd;
}

/**
 * `ruqsat registry import <file>`: permits issued outside Ruqsat, from a JSON file (one object or
 * an array), each checked and imported on its own; exit code 1 if any was refused.
 */
function importCommand(): Command {
  return new Command('import')
    .description(
      'bring permits issued outside Ruqsat into the registry so they can be reissued or duplicated: a JSON file of {originalNumber, holderId (IIN/BIN), serviceId, kind, subtype?, issuedAt, source: {issuer, reference}}; each gets a registry number, duplicates and bad IIN/BIN are refused',
    )
    .argument('<file>', 'a JSON file: one permit object or an array of them')
    .option('--by <official>', 'who imports them (kept in each permit history)', 'admin')
    .option(...dirOption)
    .option('--json', 'print one JSON line per permit: {originalNumber, number} or {originalNumber, error}')
    .action(async (file: string, opts: { by: string; dataDir?: string; json?: boolean }, self: Command) => {
      const list = readImports(file);
      const catalog = loadCatalog().catalog;
      const now = systemClock.now();
      const today = fromDayNumber(timeZone().toLocal(now.getTime()).day);
      let refused = 0;
      await withStore(opts.dataDir, async (store) => {
        for (const item of list) {
          try {
            const service = catalog.versions(item.serviceId).at(-1)?.service;
            if (service === undefined)
              throw new AppError('catalog.unknown_service', `unknown service ${item.serviceId}`, {
                id: item.serviceId,
              });
            const permit = await store.transaction((tx) =>
              importExternalPermit(tx, item, service, opts.by, now, today),
            );
            const line = { originalNumber: item.originalNumber, number: permit.number };
            process.stdout.write(
              opts.json ? `${JSON.stringify(line)}\n` : `${line.originalNumber} → ${line.number}\n`,
            );
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            refused++;
            const message = userMessage(error, langOf(self));
            const line = { originalNumber: item.originalNumber, error: error.code, message };
            process.stdout.write(
              opts.json ? `${JSON.stringify(line)}\n` : `${line.originalNumber} ✗ ${message}\n`,
            );
          }
        }
      });
      if (refused > 0) process.exitCode = 1;
    });
}

/** The file's permits, each checked by the import schema; the first problem stops the command. */
function readImports(file: string): PermitImport[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('registry.invalid_command', `${file}: ${(error as Error).message}`, { field: file });
  }
  const parsed = z.array(PermitImport).safeParse(Array.isArray(json) ? json : [json]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue === undefined ? file : `${file}: ${issue.path.join('.')} (${issue.message})`;
    throw new AppError('registry.invalid_command', field, { field });
  }
  return parsed.data;
}
