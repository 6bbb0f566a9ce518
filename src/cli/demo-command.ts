/** `ruqsat demo run`: applications driven end to end on the simulated clock, with their timelines. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { kazakhstanCalendar, timeZone, toDayNumber, workingTime } from '../calendar/index.ts';
import { SimulatedClock } from '../cases/clock.ts';
import { AppError } from '../errors/app-error.ts';
import { openPlatform, DEFAULT_OFFICE_HOURS } from '../platform.ts';
import { outcomes, runScenario, type Outcome, type ScenarioResult } from '../demo/scenario.ts';
import type { Platform } from '../platform.ts';
import { deadlineView, localIso } from './application-view.ts';
import { langOf } from './language.ts';
import type { Lang } from '../errors/messages.ts';

export function demoCommand(): Command {
  const demo = new Command('demo').description('demo applications on the simulated clock and the simulators');
  demo
    .command('run')
    .description(
      'drive applications end to end and print each timeline; exit code 1 if any does not reach the outcome',
    )
    .option('--service <id>', 'one service (see: ruqsat catalog list)')
    .option('--all', 'one application per service of the catalog')
    .addOption(
      new Option('--outcome <outcome>', 'how the application should end')
        .choices([...outcomes])
        .default('issue'),
    )
    .option(
      '--json',
      'one JSON object per application, with registeredAt, deadline {at, legal, explanation in --lang} and issuedAt',
    )
    .option('--data-dir <dir>', 'keep the embedded store here (default: a temporary folder, removed after)')
    .option(
      '--start <YYYY-MM-DD>',
      'the simulated day the applications are filed (default: the next working day)',
    )
    .action(
      async (
        opts: {
          service?: string;
          all?: boolean;
          outcome: Outcome;
          json?: boolean;
          dataDir?: string;
          start?: string;
        },
        self: Command,
      ) => {
        if (opts.service === undefined && opts.all !== true)
          throw new AppError('cli.usage', 'give --service ID or --all', { detail: '--service ID | --all' });
        const office = workingTime(DEFAULT_OFFICE_HOURS);
        const today = office.dateOf(new Date());
        const startDay = opts.start ?? kazakhstanCalendar.nextWorkingDay(today);
        // Filed at 10:00 on the Almaty wall clock of that day (UTC+6 before 1 March 2024, UTC+5 after).
        const clock = new SimulatedClock(
          new Date(timeZone().fromLocal({ day: toDayNumber(startDay), minute: 600 })),
        );
        const databaseUrl = process.env['DATABASE_URL'];
        const temp =
          opts.dataDir === undefined && databaseUrl === undefined
            ? mkdtempSync(join(tmpdir(), 'ruqsat-demo-'))
            : undefined;
        const platform = await openPlatform({
          clock,
          databaseUrl,
          dataDir: opts.dataDir ?? temp,
          acceptRepealed: true,
        });
        const results: ScenarioResult[] = [];
        try {
          const ids =
            opts.all === true ? platform.catalog.list().map((e) => e.service.id) : [opts.service as string];
          const run = Date.now().toString(36);
          const filed = clock.now();
          for (const [i, id] of ids.entries()) {
            clock.rewind(filed); // every application is filed on the same day
            const entry = platform.catalog.resolve(id, office.dateOf(clock.now()), { acceptRepealed: true });
            const r = await runScenario(platform, clock, entry, opts.outcome, `demo-${run}-${i + 1}`);
            results.push(r);
            if (opts.json)
              process.stdout.write(`${JSON.stringify(await withTimes(platform, r, langOf(self)))}\n`);
            else print(r);
          }
        } finally {
          await platform.close();
          if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
        }
        const failed = results.filter((r) => r.applicable && !r.reached);
        if (!opts.json) {
          const skipped = results.filter((r) => !r.applicable).length;
          process.stdout.write(
            `\n${results.length - failed.length - skipped} reached, ${failed.length} failed, ${skipped} not applicable to "${opts.outcome}"\n`,
          );
        }
        if (failed.length > 0 || results.every((r) => !r.applicable)) process.exitCode = 1;
      },
    );
  return demo;
}

/**
 * The result with when it was registered, its deadline and when the permit was issued (issue 13),
 * every time in the provider's offset as `application show --json` prints them.
 */
async function withTimes(platform: Platform, r: ScenarioResult, lang: Lang) {
  const state = r.status === null ? null : await platform.engine.get(r.applicationId);
  if (state === null) return { ...r, registeredAt: null, deadline: null, issuedAt: null };
  const { office } = platform.engine.serviceOf(state);
  return {
    ...r,
    steps: r.steps.map((s) => ({
      ...s,
      startedAt: localIso(s.startedAt, office),
      due: localIso(s.due, office),
      done: localIso(s.done, office),
    })),
    registeredAt: localIso(state.registration?.registeredAt ?? null, office),
    deadline: deadlineView(state, office, lang),
    issuedAt: localIso(state.issued?.at ?? null, office),
  };
}

function print(r: ScenarioResult): void {
  const mark = !r.applicable ? '–' : r.reached ? '✓' : '✗';
  const out = [
    `\n${mark} ${r.service} v${r.serviceVersion}${r.repealed ? ' (repealed act, demo)' : ''} — ${r.outcome}: ${r.applicable ? (r.reached ? 'reached' : 'NOT reached') : 'not applicable'} · ${r.applicationId} · ${r.status ?? '—'}`,
  ];
  if (r.note) out.push(`  ${r.note}`);
  for (const s of r.steps) {
    const label = `${s.label ? `${s.label} ` : ''}${s.action}`.slice(0, 60);
    out.push(
      `  ${label.padEnd(60)}  ${s.role.slice(0, 28).padEnd(28)}  due ${fmt(s.due)}  done ${fmt(s.done)}  ${s.onTime === null ? '' : s.onTime ? 'on time' : 'LATE'}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function fmt(iso: string | null): string {
  return iso === null ? '—'.padEnd(16) : workingTime(DEFAULT_OFFICE_HOURS).format(new Date(iso)).slice(0, 16);
}
