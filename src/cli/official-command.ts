/**
 * `ruqsat official list|disable|enable`: officials' and administrators' accounts on the store
 * directly (the same rules as the admin API, src/server/admin-routes.ts): disabling ends the
 * account's sessions at once, and the last active administrator cannot be disabled — for the
 * operator when no administrator can log in, or to shut an account out from the server itself.
 */
import { Command } from 'commander';
import { accountKeys } from '../server/login-limits.ts';
import { openStore } from '../store/index.ts';
import { requireAccountChange } from '../store/officials.ts';
import type { Store } from '../store/store.ts';

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

interface Opts {
  dataDir?: string;
  json?: boolean;
}

async function withStore<T>(opts: Opts, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const dataDirOption = (c: Command): Command =>
  c.option('--data-dir <dir>', 'the embedded store folder (default: DATABASE_URL, else ./data/pg)');

export function officialCommand(): Command {
  const cmd = new Command('official').description(
    "officials' and administrators' accounts: list, disable (no login, sessions ended at once), enable",
  );

  dataDirOption(
    cmd
      .command('list')
      .description('every account: login, role, provider, unit, disabled')
      .option('--json', 'print the accounts as JSON'),
  ).action((opts: Opts) =>
    withStore(opts, async (store) => {
      const accounts = (await store.repos.officials.list()).map((o) => ({
        login: o.login,
        name: o.name,
        role: o.role,
        providerId: o.providerId,
        unitId: o.unitId,
        disabled: o.disabled,
      }));
      if (opts.json === true) {
        print(JSON.stringify(accounts, null, 2));
        return;
      }
      for (const a of accounts)
        print(
          `${a.login}  ${a.role}${a.providerId === '' ? '' : ` @ ${a.providerId}`}${a.unitId === null ? '' : ` / ${a.unitId}`}${a.disabled ? '  DISABLED' : ''}`,
        );
    }),
  );

  for (const disable of [true, false])
    dataDirOption(
      cmd
        .command(disable ? 'disable' : 'enable')
        .description(
          disable
            ? 'disable an account: it cannot log in and its sessions end (refused for the last active administrator)'
            : 'enable a disabled account again (also unlocks one locked by failed logins)',
        )
        .argument('<login>', 'the account'),
    ).action((login: string, opts: Opts) =>
      withStore(opts, async (store) => {
        const ended = requireAccountChange(
          await store.repos.officials.setDisabled(
            login,
            disable ? new Date() : null,
            disable ? 'command line' : null,
          ),
          login,
        );
        if (!disable) await store.repos.loginAttempts.clear(accountKeys(login));
        print(
          disable ? `${login} disabled; ${ended} session(s) ended` : `${login} enabled; it may log in again`,
        );
      }),
    );

  return cmd;
}
