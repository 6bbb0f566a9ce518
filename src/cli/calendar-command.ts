/** `ruqsat calendar …`: working days, months and years of the Kazakhstan calendar. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { dayText, explanationText } from '../calendar/explain-text.ts';
import { kazakhstanCalendar as calendar } from '../calendar/index.ts';
import { langOf } from './language.ts';

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
    .option('--explain', 'also print the rule, its legal sources and the days skipped (in --lang)')
    .option('--json', 'print JSON (with --explain: the explanation, and its text in --lang as "text")')
    .action(
      (date: string, n: number, opts: { unit: string; explain?: boolean; json?: boolean }, self: Command) => {
        const explanation =
          opts.unit === 'calendar-days'
            ? calendar.explainAddCalendarDays(date, n)
            : calendar.explainAddWorkingDays(date, n);
        const text = () =>
          explanationText(explanation, langOf(self), {
            amount: n,
            unit: opts.unit === 'calendar-days' ? 'calendar_days' : 'working_days',
          });
        if (opts.json)
          print(
            JSON.stringify(opts.explain ? { ...explanation, text: text() } : { date: explanation.result }),
          );
        else {
          print(explanation.result);
          if (opts.explain) print(text());
        }
      },
    );

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
    .option('--explain', 'say why (in --lang)')
    .action((date: string, opts: { explain?: boolean }, self: Command) => {
      const info = calendar.describeDay(date);
      print(String(info.working));
      if (opts.explain) print(dayText(info.reasons, langOf(self), '\n'));
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
    .action((year: number, opts: { json?: boolean }, self: Command) => {
      const lang = langOf(self);
      const summary = calendar.yearSummary(year);
      if (opts.json) {
        const { nonWorkingWeekdays, workingWeekends, workingDaysPerMonth, sources } = summary;
        print(JSON.stringify({ nonWorkingWeekdays, workingWeekends, workingDaysPerMonth, sources }));
        return;
      }
      print(`${year}: ${summary.workingDaysPerMonth.reduce((a, b) => a + b, 0)} working days`);
      print('Weekdays off:');
      for (const d of summary.nonWorkingWeekdays)
        print(`  ${d}  ${dayText(calendar.describeDay(d).reasons, lang)}`);
      print('Weekend days worked:');
      for (const d of summary.workingWeekends)
        print(`  ${d}  ${dayText(calendar.describeDay(d).reasons, lang)}`);
      print('Sources:');
      for (const s of summary.sources) print(`  ${s}`);
    });

  return cmd;
}

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return Number(value);
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
