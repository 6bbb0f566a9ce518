/**
 * `ruqsat monitoring indicators`: the quality indicators of `src/monitoring` (on-time share,
 * per-step hours against the norm, overdue now, refusals by ground, complaints, survey) for a
 * service, a provider and a period, as JSON or CSV.
 */
import { Command, Option } from 'commander';
import { isLocalDate, kazakhstanCalendar, fromDayNumber, timeZone } from '../calendar/index.ts';
import { AppError } from '../errors/app-error.ts';
import { computeIndicators, indicatorsCsv } from '../monitoring/indicators.ts';
import { openStore } from '../store/index.ts';

const usage = (detail: string) => new AppError('cli.usage', detail, { detail });

/** Without --from/--to: everything registered up to and including today. */
const ALL_FROM = '2000-01-01';

export function monitoringCommand(): Command {
  const cmd = new Command('monitoring').description(
    'quality of state services: indicators per service, provider and period (seed 004 annex 4)',
  );

  cmd
    .command('indicators')
    .description(
      'on-time share, step hours (average, 90th percentile) against the norm, overdue now, refusals by ground, complaints by status, survey satisfaction; the period is the registration date in Kazakhstan time, --from inclusive, --to exclusive',
    )
    .option('--service <id>', 'only this service')
    .option('--provider <bin>', 'only this provider')
    .option('--from <YYYY-MM-DD>', 'first registration day (with --to)')
    .option('--to <YYYY-MM-DD>', 'the day after the last registration day (with --from)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--data-dir <dir>', 'the embedded store folder (default: DATABASE_URL, else ./data/pg)')
    .action(
      async (opts: {
        service?: string;
        provider?: string;
        from?: string;
        to?: string;
        format: 'json' | 'csv';
        dataDir?: string;
      }) => {
        if ((opts.from === undefined) !== (opts.to === undefined)) throw usage('--from and --to go together');
        for (const [name, value] of [
          ['--from', opts.from],
          ['--to', opts.to],
        ] as const)
          if (value !== undefined && !isLocalDate(value))
            throw usage(`${name} ${value}: expected YYYY-MM-DD`);
        const now = new Date();
        const today = fromDayNumber(timeZone().toLocal(now.getTime()).day);
        const from = opts.from ?? ALL_FROM;
        const to = opts.to ?? kazakhstanCalendar.addCalendarDays(today, 1);
        if (from >= to) throw usage(`--from ${from} must be before --to ${to}`);
        const store = await openStore(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir });
        try {
          const ind = await computeIndicators(store, {
            ...(opts.service === undefined ? {} : { serviceId: opts.service }),
            ...(opts.provider === undefined ? {} : { providerId: opts.provider }),
            from,
            to,
            now,
          });
          process.stdout.write(
            opts.format === 'csv' ? indicatorsCsv(ind) : `${JSON.stringify(ind, null, 2)}\n`,
          );
        } finally {
          await store.close();
        }
      },
    );

  return cmd;
}
