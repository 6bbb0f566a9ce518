/** `ruqsat calendar …`: working days, months and years of the Kazakhstan calendar. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { kazakhstanCalendar as calendar, type DayInfo, type Explanation } from '../calendar/index.ts';

export function calendarCommand(): Command {
  const cmd = new Command('calendar').description(
    'Kazakhstan working-day calendar: holidays, days off moved by law and Government decree',
  );

  cmd
    .command('add')
    .description('the date n working days (or calendar days) after a date; the start day is not counted')
    .argument('<date>', 'start date, YYYY-MM-DD')
    .argument('<n>', 'number of days (negative counts back)', integer)
    .addOption(
      new Option('--unit <unit>', 'what n counts')
        .choices(['working-days', 'calendar-days'])
        .default('working-days'),
    )
    .option('--explain', 'also print the rule, its legal sources and the days skipped')
    .option('--json', 'print JSON')
    .action((date: string, n: number, opts: { unit: string; explain?: boolean; json?: boolean }) => {
      const explanation =
        opts.unit === 'calendar-days'
          ? calendar.explainAddCalendarDays(date, n)
          : calendar.explainAddWorkingDays(date, n);
      if (opts.json) print(JSON.stringify(opts.explain ? explanation : { date: explanation.result }));
      else {
        print(explanation.result);
        if (opts.explain) print(explain(explanation));
      }
    });

  cmd
    .command('count')
    .description('working days after <from> up to and including <to>')
    .argument('<from>', 'YYYY-MM-DD')
    .argument('<to>', 'YYYY-MM-DD')
    .action((from: string, to: string) => print(String(calendar.countWorkingDays(from, to))));

  cmd
    .command('is-working')
    .description('true if the date is a working day of the five-day week, false otherwise')
    .argument('<date>', 'YYYY-MM-DD')
    .option('--explain', 'say why')
    .action((date: string, opts: { explain?: boolean }) => {
      const info = calendar.describeDay(date);
      print(String(info.working));
      if (opts.explain) print(info.reasons.map(reasonText).join('\n') || 'an ordinary working day');
    });

  cmd
    .command('month')
    .description('working days in each month of a year (five-day week)')
    .argument('<year>', 'YYYY', integer)
    .option('--json', 'print a JSON array of 12 numbers')
    .action((year: number, opts: { json?: boolean }) => {
      const months = calendar.workingDaysPerMonth(year);
      if (opts.json) print(JSON.stringify(months));
      else months.forEach((n, i) => print(`${year}-${String(i + 1).padStart(2, '0')}\t${n}`));
    });

  cmd
    .command('year')
    .description('a year: weekdays that are days off, weekend days that are working days, totals, sources')
    .argument('<year>', 'YYYY', integer)
    .option('--json', 'print JSON')
    .action((year: number, opts: { json?: boolean }) => {
      const summary = calendar.yearSummary(year);
      if (opts.json) {
        const { nonWorkingWeekdays, workingWeekends, workingDaysPerMonth, sources } = summary;
        print(JSON.stringify({ nonWorkingWeekdays, workingWeekends, workingDaysPerMonth, sources }));
        return;
      }
      print(`${year}: ${summary.workingDaysPerMonth.reduce((a, b) => a + b, 0)} working days`);
      print('Weekdays off:');
      for (const d of summary.nonWorkingWeekdays)
        print(`  ${d}  ${calendar.describeDay(d).reasons.map(reasonText).join('; ')}`);
      print('Weekend days worked:');
      for (const d of summary.workingWeekends)
        print(`  ${d}  ${calendar.describeDay(d).reasons.map(reasonText).join('; ')}`);
      print('Sources:');
      for (const s of summary.sources) print(`  ${s}`);
    });

  return cmd;
}

export function reasonText(r: DayInfo['reasons'][number]): string {
  switch (r.kind) {
    case 'weekend':
      return 'weekend';
    case 'holiday':
      return `${r.name.kk} (${r.name.en})${r.religious ? ', religious' : ''} — ${r.source}`;
    case 'carry-over':
      return `day off moved from ${r.holiday} (${r.name.en}, on a weekend) — ${r.source}`;
    case 'decree-day-off':
      return `day off by Government decree${r.workingDayInstead ? `, worked on ${r.workingDayInstead} instead` : ''} — ${r.source}`;
    case 'decree-working-day':
      return `working day by Government decree, in exchange for ${r.dayOffInstead} — ${r.source}`;
  }
}

function explain(e: Explanation): string {
  const lines = [`Rule: ${e.rule}`];
  if (e.skipped.length > 0) {
    lines.push('Skipped:');
    for (const d of e.skipped) lines.push(`  ${d.date}  ${d.reasons.map(reasonText).join('; ')}`);
  }
  for (const n of e.notes) lines.push(`Note: ${n}`);
  if (e.sources.length > 0) lines.push('Sources:', ...e.sources.map((s) => `  ${s}`));
  return lines.join('\n');
}

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return Number(value);
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
