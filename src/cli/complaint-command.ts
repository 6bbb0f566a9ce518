/**
 * `ruqsat complaint file|extend|notify-extension|decide|forward|show|overdue`: complaints about
 * a service (seed 000 Қағидалар 16–17-т.) over `src/appeals`, with the terms of the service's
 * catalog version in force on the filing day and the Kazakhstan working-day calendar.
 */
import { randomUUID } from 'node:crypto';
import { Command, Option } from 'commander';
import { fromDayNumber, isLocalDate, kazakhstanCalendar, timeZone } from '../calendar/index.ts';
import { loadCatalog, loadComplaintsLaw } from '../catalog/files.ts';
import type { ComplaintCommand, ComplaintState } from '../appeals/complaint.ts';
import { appealTermsFor } from '../appeals/terms.ts';
import { overdue } from '../appeals/complaint.ts';
import { executeComplaint, findComplaintWithService, overdueComplaints } from '../appeals/store.ts';
import { AppError } from '../errors/app-error.ts';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);

interface CommonOpts {
  dataDir?: string;
  json?: boolean;
  today?: string;
}

const usage = (detail: string) => new AppError('cli.usage', detail, { detail });

/** Today in Astana, or --today (to replay a case on the calendar of its year). */
function todayOf(opts: CommonOpts): string {
  if (opts.today !== undefined) {
    if (!isLocalDate(opts.today)) throw usage(`--today ${opts.today}: expected YYYY-MM-DD`);
    return opts.today;
  }
  return fromDayNumber(timeZone().toLocal(Date.now()).day);
}

async function withStore<T>(opts: CommonOpts, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The appeal terms of the service's version in force on `date`: its act's, else the general rules. */
function termsOf(serviceId: string, date: string): ReturnType<typeof appealTermsFor> {
  const { catalog } = loadCatalog();
  return appealTermsFor(
    catalog.resolve(serviceId, date, { acceptRepealed: true }).service.appeal,
    loadComplaintsLaw(),
  );
}

function show(state: ComplaintState, today: string, json: boolean | undefined): void {
  const flags = overdue(state, today);
  if (json === true) {
    print(JSON.stringify({ ...state, overdue: flags }, null, 2));
    return;
  }
  print(`complaint ${state.id} (version ${state.version}): ${state.status}, reviewer ${state.reviewer}`);
  print(`  provider ${state.providerId}, application ${state.applicationId ?? '—'}, about ${state.subject}`);
  print(`  learned on ${state.learnedOn}, filed on ${state.filedOn} (file by ${state.fileBy ?? '—'})`);
  print(`  review due ${state.reviewDue}`);
  if (state.extension !== null)
    print(
      `  extended by ${state.extension.workingDays} wd (${state.extension.reason}); notice due ${state.extension.noticeDue}, sent ${state.extension.noticedOn ?? 'not yet'}`,
    );
  if (state.forwardDue !== null) print(`  forward by ${state.forwardDue}`);
  if (state.forwarded !== null) print(`  forwarded to ${state.forwarded.body} on ${state.forwarded.on}`);
  for (const d of state.decisions)
    print(`  decided by ${d.reviewer} on ${d.on}: ${d.outcome}${d.onTime ? '' : ' (late)'} — ${d.text}`);
  if (state.nextRemedy !== null) print(`  next: ${state.nextRemedy}`);
  if (state.terms !== null) print(`  terms: ${state.terms.basis} (${state.terms.source})`);
  if (state.talon !== null)
    print(
      `  talon: accepted ${state.talon.acceptedAt} by ${state.talon.receivedBy}, entry ${state.talon.entry}`,
    );
  if (flags.length > 0) print(`  OVERDUE today (${today}): ${flags.join(', ')}`);
}

/** Runs a command on a filed complaint, with the terms of its service. */
async function act(id: string, opts: CommonOpts, command: ComplaintCommand): Promise<void> {
  const today = todayOf(opts);
  await withStore(opts, async (store) => {
    const found = await findComplaintWithService(store, id);
    if (found === undefined) throw new AppError('appeal.not_found', `no complaint ${id}`, { id });
    if (found.serviceId === null) throw usage(`complaint ${id} names no service, so it has no terms`);
    const { state } = await executeComplaint(store, id, command, {
      ...termsOf(found.serviceId, found.state.filedOn),
      calendar: kazakhstanCalendar,
      today,
      at: new Date().toISOString(),
      serviceId: found.serviceId,
    });
    show(state, today, opts.json);
  });
}

const withCommon = (c: Command): Command =>
  c
    .option('--data-dir <dir>', 'the embedded store folder (default: DATABASE_URL, else ./data/pg)')
    .option('--today <YYYY-MM-DD>', 'the day of the action (default: today in Astana)')
    .option('--json', 'print the complaint as JSON');

export function complaintCommand(): Command {
  const cmd = new Command('complaint').description(
    'complaints about a service: filed, reviewed by the provider or the quality authority, extended once, forwarded, decided — every term from the service’s catalog entry (e.g. seed 000 Қағидалар 16–17-т.)',
  );

  withCommon(
    cmd
      .command('file')
      .description('file a complaint; refused (appeal.late) when the filing term has passed')
      .argument('[id]', 'the complaint id (default: a new UUID)')
      .requiredOption('--service <id>', 'the service complained about (its catalog gives the terms)')
      .requiredOption('--provider <bin>', 'the service provider')
      .requiredOption('--learned-on <YYYY-MM-DD>', 'the day the applicant learned of the decision or action')
      .requiredOption('--text <text>', 'what the complaint says')
      .option('--application <id>', 'the application concerned')
      .addOption(
        new Option('--subject <what>', 'what is complained of')
          .choices(['decision', 'action', 'inaction'])
          .default('decision'),
      )
      .addOption(
        new Option('--reviewer <who>', 'who reviews it')
          .choices(['provider', 'quality-authority'])
          .default('provider'),
      ),
  ).action(
    async (
      id: string | undefined,
      opts: CommonOpts & {
        service: string;
        provider: string;
        learnedOn: string;
        text: string;
        application?: string;
        subject: 'decision' | 'action' | 'inaction';
        reviewer: 'provider' | 'quality-authority';
      },
    ) => {
      if (!isLocalDate(opts.learnedOn)) throw usage(`--learned-on ${opts.learnedOn}: expected YYYY-MM-DD`);
      const today = todayOf(opts);
      const complaintId = id ?? randomUUID();
      await withStore(opts, async (store) => {
        const { state } = await executeComplaint(
          store,
          complaintId,
          {
            type: 'file',
            id: complaintId,
            applicationId: opts.application ?? null,
            providerId: opts.provider,
            subject: opts.subject,
            learnedOn: opts.learnedOn,
            reviewer: opts.reviewer,
            text: opts.text,
          },
          {
            ...termsOf(opts.service, today),
            calendar: kazakhstanCalendar,
            today,
            at: new Date().toISOString(),
            serviceId: opts.service,
          },
        );
        show(state, today, opts.json);
      });
    },
  );

  withCommon(
    cmd
      .command('extend')
      .description(
        'extend the review once, within the catalog’s maximum; the applicant must be told within its notice term',
      )
      .argument('<id>', 'the complaint')
      .requiredOption('--days <n>', 'working days to add')
      .requiredOption('--reason <text>', 'why more time is needed'),
  ).action(async (id: string, opts: CommonOpts & { days: string; reason: string }) => {
    const days = Number(opts.days);
    if (!Number.isInteger(days) || days < 1) throw usage(`--days ${opts.days}: expected a whole number ≥ 1`);
    await act(id, opts, { type: 'extend', workingDays: days, reason: opts.reason });
  });

  withCommon(
    cmd
      .command('notify-extension')
      .description('record that the applicant was told of the extension')
      .argument('<id>', 'the complaint'),
  ).action(async (id: string, opts: CommonOpts) => {
    await act(id, opts, { type: 'notify-extension' });
  });

  withCommon(
    cmd
      .command('decide')
      .description('record the decision of the current reviewer (on time or not)')
      .argument('<id>', 'the complaint')
      .addOption(
        new Option('--outcome <outcome>', 'the decision')
          .choices(['satisfied', 'partly-satisfied', 'rejected'])
          .makeOptionMandatory(),
      )
      .requiredOption('--text <text>', 'the reasoning'),
  ).action(
    async (
      id: string,
      opts: CommonOpts & { outcome: 'satisfied' | 'partly-satisfied' | 'rejected'; text: string },
    ) => {
      await act(id, opts, { type: 'decide', outcome: opts.outcome, text: opts.text });
    },
  );

  withCommon(
    cmd
      .command('forward')
      .description(
        'forward to the reviewing body (within the catalog’s term, unless all that was asked was granted)',
      )
      .argument('<id>', 'the complaint')
      .requiredOption('--body <name>', 'the reviewing body'),
  ).action(async (id: string, opts: CommonOpts & { body: string }) => {
    await act(id, opts, { type: 'forward', body: opts.body });
  });

  withCommon(
    cmd
      .command('show')
      .description('show a complaint, its terms and what is overdue')
      .argument('<id>', 'the complaint'),
  ).action(async (id: string, opts: CommonOpts) => {
    const today = todayOf(opts);
    await withStore(opts, async (store) => {
      const found = await findComplaintWithService(store, id);
      if (found === undefined) throw new AppError('appeal.not_found', `no complaint ${id}`, { id });
      show(found.state, today, opts.json);
    });
  });

  withCommon(
    cmd
      .command('overdue')
      .description('open complaints with a review, extension notice or forwarding overdue today')
      .option('--provider <bin>', 'only this provider'),
  ).action(async (opts: CommonOpts & { provider?: string }) => {
    const today = todayOf(opts);
    await withStore(opts, async (store) => {
      const rows = await overdueComplaints(store, today, opts.provider);
      if (opts.json === true) {
        print(
          JSON.stringify(
            rows.map((r) => ({ ...r.complaint, overdue: r.flags })),
            null,
            2,
          ),
        );
        return;
      }
      if (rows.length === 0) print(`nothing overdue on ${today}`);
      for (const r of rows)
        print(`${r.complaint.id}\t${r.complaint.providerId}\t${r.complaint.status}\t${r.flags.join(', ')}`);
    });
  });

  return cmd;
}
