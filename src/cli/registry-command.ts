/** `ruqsat registry …`: look up a permit, and suspend, resume or terminate it. */
import { Command } from 'commander';
import { systemClock } from '../integrations/clock.ts';
import { changePermit } from '../cases/permits.ts';
import { AppError } from '../errors/app-error.ts';
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
  return cmd;
}
