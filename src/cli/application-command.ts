/** `ruqsat application …`: read applications from a store (the one `demo run --data-dir` kept, or DATABASE_URL). */
import { Command } from 'commander';
import { systemClock } from '../integrations/clock.ts';
import type { ApplicationState } from '../cases/model.ts';
import { timeline } from '../cases/timeline.ts';
import { openPlatform } from '../platform.ts';
import { applicationView, localIso } from './application-view.ts';
import { langOf } from './language.ts';

export function applicationCommand(): Command {
  const cmd = new Command('application').description(
    'applications in the store: list, show with timeline and events',
  );
  const open = (dataDir: string | undefined) =>
    openPlatform({
      clock: systemClock,
      dataDir,
      databaseUrl: dataDir === undefined ? process.env['DATABASE_URL'] : undefined,
    });

  cmd
    .command('list')
    .description('id, service, status and applicant of every application')
    .option('--data-dir <dir>', 'the embedded store folder (default: DATABASE_URL, else ./data/pg)')
    .option('--json', 'print JSON')
    .action(async (opts: { dataDir?: string; json?: boolean }) => {
      const platform = await open(opts.dataDir);
      try {
        const rows = await platform.store.listApplications();
        const list = rows.map((r) => ({
          id: r.id,
          service: r.serviceId,
          status: r.status,
          applicant: r.applicantId,
          version: r.version,
        }));
        if (opts.json) process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        else
          for (const r of list)
            process.stdout.write(`${r.id}\t${r.service}\t${r.status}\t${r.applicant ?? '—'}\n`);
      } finally {
        await platform.close();
      }
    });

  cmd
    .command('show')
    .description(
      'one application: its state, timeline (due, done, on time) and event log; --json prints one object: id, service, serviceVersion, status, submittedAt, registeredAt, deadline {at, legal, explanation in --lang}, tacit, steps, events (times ISO 8601 with offset)',
    )
    .argument('<id>', 'application id')
    .option('--data-dir <dir>', 'the embedded store folder (default: DATABASE_URL, else ./data/pg)')
    .option('--json', 'print one JSON object')
    .action(async (id: string, opts: { dataDir?: string; json?: boolean }, self: Command) => {
      const platform = await open(opts.dataDir);
      try {
        const state: ApplicationState = await platform.engine.get(id);
        const { office, service } = platform.engine.serviceOf(state);
        const events = await platform.store.events(id);
        if (opts.json) {
          const view = applicationView(state, events, office, langOf(self));
          process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
          return;
        }
        const view = { timeline: timeline(state, systemClock.now(), office, service), events };
        const t = view.timeline;
        process.stdout.write(
          `${state.id} · ${state.serviceId} v${state.serviceVersion} · ${state.caseId} · ${state.status}\n` +
            `registered ${localIso(t.registeredAt, office) ?? '—'} · planned result ${t.plannedResultDate ?? '—'}${t.overdue ? ' · OVERDUE' : ''}` +
            `${t.estimate === null ? '' : ` · estimated result ${t.estimate.date} (${t.estimate.label.en})`}\n`,
        );
        // Seed 004 11-т. 1): the reissue applied for within 30 calendar days of the change, or late.
        const duty = state.reissueDuty;
        if (duty !== undefined)
          process.stdout.write(
            `reissue: changed ${duty.changedOn} · apply by ${duty.applyBy.explanation.result}${duty.lapsedAt === null ? '' : ' · LATE'}\n`,
          );
        for (const s of t.steps)
          process.stdout.write(
            `  ${(s.label ?? '').padEnd(10)} ${s.action.slice(0, 70).padEnd(70)} due ${localIso(s.due, office) ?? '—'} done ${localIso(s.done, office) ?? '—'}\n`,
          );
        for (const e of view.events) process.stdout.write(`  ${localIso(e.at, office)}  ${e.type}\n`);
      } finally {
        await platform.close();
      }
    });
  return cmd;
}
