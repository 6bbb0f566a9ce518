/** Calendar benchmarks: table lookups against a day-by-day walk over the same data. */
import { kazakhstanCalendar as cal, workingTime } from '../src/calendar/index.ts';
import { fromDayNumber, toDayNumber } from '../src/calendar/local-date.ts';
import { figure, opsPerSecond, type Benchmark } from './harness.ts';

// A fixed pseudo-random workload: starts across 2019–2026, terms of 1–60 working days.
const N = 4096;
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const first = toDayNumber('2019-01-01');
const starts = Array.from({ length: N }, () => fromDayNumber(first + Math.floor(rnd() * 365 * 8)));
const terms = Array.from({ length: N }, () => 1 + Math.floor(rnd() * 60));
const ends = starts.map((s, i) => cal.addWorkingDays(s, terms[i] as number));

// The same data as the obvious implementation holds it: the dates that break the weekly rule.
const daysOff = new Set<string>();
const workedWeekends = new Set<string>();
for (let y = cal.firstYear; y <= cal.lastYear; y++) {
  const summary = cal.yearSummary(y);
  summary.nonWorkingWeekdays.forEach((d) => daysOff.add(d));
  summary.workingWeekends.forEach((d) => workedWeekends.add(d));
}

/** The obvious implementation the tables replace: step one day at a time, look each day up. */
function isWorkingByLookup(d: Date): boolean {
  const iso = d.toISOString().slice(0, 10);
  const weekday = d.getUTCDay();
  return weekday === 0 || weekday === 6 ? workedWeekends.has(iso) : !daysOff.has(iso);
}

function addWorkingDaysByWalking(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  for (let left = n; left > 0;) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingByLookup(d)) left--;
  }
  return d.toISOString().slice(0, 10);
}

function countByWalking(a: string, b: string): number {
  const d = new Date(`${a}T00:00:00Z`);
  const end = new Date(`${b}T00:00:00Z`).getTime();
  let count = 0;
  for (d.setUTCDate(d.getUTCDate() + 1); d.getTime() <= end; d.setUTCDate(d.getUTCDate() + 1))
    if (isWorkingByLookup(d)) count++;
  return count;
}

/** The table walked a day at a time: what the prefix sums save over the same bits. */
function addWorkingDaysByTableWalk(date: string, n: number): string {
  let day = toDayNumber(date);
  for (let left = n; left > 0;) if (cal.days.isOn(++day)) left--;
  return fromDayNumber(day);
}

const office = workingTime({ open: '09:00', close: '18:30', lunch: { from: '13:00', to: '14:30' } });
const instants = starts.map(
  (s) => new Date(`${s}T${String(8 + Math.floor(rnd() * 12)).padStart(2, '0')}:17:00+05:00`),
);

export const benchmarks: Benchmark[] = [
  {
    name: 'calendar.addWorkingDays',
    run: () => {
      const fast = opsPerSecond((i) => cal.addWorkingDays(starts[i % N] as string, terms[i % N] as number));
      const slow = opsPerSecond((i) =>
        addWorkingDaysByWalking(starts[i % N] as string, terms[i % N] as number),
      );
      const walk = opsPerSecond((i) =>
        addWorkingDaysByTableWalk(starts[i % N] as string, terms[i % N] as number),
      );
      return figure(
        'calendar.addWorkingDays',
        fast,
        'ops/s',
        slow,
        `YYYY-MM-DD in and out, 1–60 working days; baseline: day-by-day loop with Date objects and sets of the same days off; a day-by-day walk over the precomputed bit table does ${walk} ops/s`,
      );
    },
  },
  {
    name: 'calendar.countWorkingDays',
    run: () => {
      const fast = opsPerSecond((i) => cal.countWorkingDays(starts[i % N] as string, ends[i % N] as string));
      const slow = opsPerSecond((i) => countByWalking(starts[i % N] as string, ends[i % N] as string));
      return figure(
        'calendar.countWorkingDays',
        fast,
        'ops/s',
        slow,
        'spans of 1–60 working days; baseline: day-by-day loop as for addWorkingDays',
      );
    },
  },
  {
    name: 'calendar.addWorkingTime',
    run: () => {
      const ops = opsPerSecond((i) => office.addWorkingTime(instants[i % N] as Date, 60 + (i % 4000)));
      return figure(
        'calendar.addWorkingTime',
        ops,
        'ops/s',
        null,
        '09:00–18:30 with lunch 13:00–14:30; 1–68 working hours',
      );
    },
  },
  {
    name: 'calendar.registrationInstant',
    run: () => {
      const ops = opsPerSecond((i) => office.registrationInstant(instants[i % N] as Date));
      return figure(
        'calendar.registrationInstant',
        ops,
        'ops/s',
        null,
        'with its explanation (skipped days listed)',
      );
    },
  },
];
