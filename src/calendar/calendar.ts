/**
 * Kazakhstan's working-day calendar for a five-day week, built once from the data files:
 * weekends, the public holidays of the Law on holidays (art. 5), the day off moved when a
 * holiday falls on a weekend (except religious holidays), and each year's Government-decree
 * moves. Pure: no clock, no I/O — the data comes in as an argument.
 */
import { AppError } from '../errors/app-error.ts';
import type { CalendarData, CalendarYear, HolidayLaw } from './data-schema.ts';
import { DayTable } from './day-table.ts';
import {
  civilFromDay,
  dayFromCivil,
  fromDayNumber,
  isoWeekday,
  toDayNumber,
  type LocalDate,
} from './local-date.ts';

export interface Names {
  kk: string;
  ru: string;
  en: string;
}

/** Why a day is, or is not, a working day. */
export type DayReason =
  | { kind: 'weekend' }
  | { kind: 'holiday'; id: string; name: Names; religious: boolean; source: string }
  | { kind: 'carry-over'; holiday: LocalDate; name: Names; source: string }
  | { kind: 'decree-day-off'; workingDayInstead: LocalDate | null; source: string }
  | { kind: 'decree-working-day'; dayOffInstead: LocalDate; source: string };

export interface DayInfo {
  date: LocalDate;
  working: boolean;
  reasons: DayReason[];
}

/** A computed date with the reasoning an official or an auditor can follow. */
export interface Explanation {
  rule: string;
  sources: string[];
  start: LocalDate;
  result: LocalDate;
  /** Days passed over between start and result, each with why. */
  skipped: DayInfo[];
  notes: string[];
}

export interface YearSummary {
  year: number;
  nonWorkingWeekdays: LocalDate[];
  workingWeekends: LocalDate[];
  workingDaysPerMonth: number[];
  sources: string[];
  notes: string[];
}

export class WorkCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Working days of the five-day week; office schedules build their own tables from it. */
  readonly days: DayTable;
  private readonly reasons: Map<number, DayReason[]>;
  private readonly yearData: Map<number, CalendarYear>;
  private readonly law: HolidayLaw;
  /** Every covered date as text and back: parsing and formatting become lookups (see bench). */
  private readonly labels: LocalDate[];
  private readonly index: Map<LocalDate, number>;

  constructor(data: Pick<CalendarData, 'law' | 'years'>) {
    const years = [...data.years].sort((a, b) => a.year - b.year);
    const first = years[0];
    const last = years.at(-1);
    if (first === undefined || last === undefined) throw new Error('calendar data has no years');
    years.forEach((y, i) => {
      if (y.year !== first.year + i) throw new Error(`calendar data skips year ${first.year + i}`);
    });
    this.firstYear = first.year;
    this.lastYear = last.year;
    this.law = data.law;
    this.yearData = new Map(years.map((y) => [y.year, y]));
    this.reasons = classify(data.law, years);

    const start = dayFromCivil(this.firstYear, 1, 1);
    const end = dayFromCivil(this.lastYear + 1, 1, 1);
    const on = new Uint8Array(end - start);
    for (let d = start; d < end; d++) on[d - start] = isWorking(this.reasons.get(d)) ? 1 : 0;
    this.days = new DayTable(start, on);
    this.labels = Array.from({ length: end - start }, (_, i) => fromDayNumber(start + i));
    this.index = new Map(this.labels.map((label, i) => [label, start + i]));
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.days.isOn(this.day(date));
  }

  describeDay(date: LocalDate): DayInfo {
    const day = this.day(date);
    return { date: fromDayNumber(day), working: this.days.isOn(day), reasons: this.reasons.get(day) ?? [] };
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate {
    return this.addWorkingDays(date, 1);
  }

  /**
   * The n-th working day after `date` (before it for negative n). The start day itself is not
   * counted: a term of N working days from registration ends on the N-th working day after it.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    return this.label(this.addWorkingDaysToDay(this.day(date), n));
  }

  /** `addWorkingDays` on day numbers, for callers that already hold them. */
  addWorkingDaysToDay(day: number, n: number): number {
    if (!Number.isInteger(n))
      throw new AppError('calendar.invalid_amount', `not an integer: ${n}`, { value: n });
    this.assertCovered(day);
    const result = this.days.add(day, n);
    if (result === undefined) throw this.outOfRange(n > 0 ? this.lastYear + 1 : this.firstYear - 1);
    return result;
  }

  /** Working days in (a, b]; negative when b is before a. countWorkingDays(a, addWorkingDays(a, n)) = n. */
  countWorkingDays(a: LocalDate, b: LocalDate): number {
    const da = this.day(a);
    const db = this.day(b);
    return da <= db ? this.days.count(da, db) : -this.days.count(db, da);
  }

  addCalendarDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n))
      throw new AppError('calendar.invalid_amount', `not an integer: ${n}`, { value: n });
    return fromDayNumber(toDayNumber(date) + n);
  }

  workingDaysPerMonth(year: number): number[] {
    this.assertYear(year);
    return Array.from({ length: 12 }, (_, m) =>
      this.days.countRange(
        dayFromCivil(year, m + 1, 1),
        dayFromCivil(m === 11 ? year + 1 : year, m === 11 ? 1 : m + 2, 1),
      ),
    );
  }

  yearSummary(year: number): YearSummary {
    this.assertYear(year);
    const data = this.yearData.get(year) as CalendarYear;
    const nonWorkingWeekdays: LocalDate[] = [];
    const workingWeekends: LocalDate[] = [];
    for (let d = dayFromCivil(year, 1, 1); d < dayFromCivil(year + 1, 1, 1); d++) {
      const weekend = this.law.weekend.includes(isoWeekday(d) % 7);
      const working = this.days.isOn(d);
      if (!weekend && !working) nonWorkingWeekdays.push(fromDayNumber(d));
      if (weekend && working) workingWeekends.push(fromDayNumber(d));
    }
    const sources = new Set<string>([this.law.carryOver.source]);
    for (const h of this.law.holidays) if (appliesIn(h, year)) sources.add(h.source);
    for (const r of data.religiousHolidays) sources.add(r.source);
    for (const m of data.moves) sources.add(m.source);
    return {
      year,
      nonWorkingWeekdays,
      workingWeekends,
      workingDaysPerMonth: this.workingDaysPerMonth(year),
      sources: [...sources],
      notes: data.notes,
    };
  }

  explainAddWorkingDays(date: LocalDate, n: number): Explanation {
    const result = this.addWorkingDays(date, n);
    const [lo, hi] = n >= 0 ? [date, result] : [result, date];
    return {
      rule:
        n >= 0
          ? `${n} working day(s) after ${date}, the start day not counted; weekends, public holidays and days off moved by law or Government decree are skipped`
          : `${-n} working day(s) before ${date}`,
      sources: this.sourcesBetween(lo, hi),
      start: date,
      result,
      skipped: this.nonWorkingBetween(lo, hi),
      notes: [],
    };
  }

  explainAddCalendarDays(date: LocalDate, n: number): Explanation {
    const result = this.addCalendarDays(date, n);
    const notes: string[] = [];
    const last = this.covers(result) ? this.describeDay(result) : null;
    if (last !== null && !last.working)
      notes.push(`${result} is not a working day (${last.reasons.map((r) => r.kind).join(', ')})`);
    return {
      rule: `${n} calendar day(s) after ${date}: every day counts, working or not`,
      sources: [],
      start: date,
      result,
      skipped: [],
      notes,
    };
  }

  /** Days off in (a, b], with their reasons. */
  nonWorkingBetween(a: LocalDate, b: LocalDate): DayInfo[] {
    return this.nonWorkingInRange(this.day(a) + 1, this.day(b) + 1);
  }

  /** Days off among day numbers [from, to), with their reasons. */
  nonWorkingInRange(from: number, to: number): DayInfo[] {
    const out: DayInfo[] = [];
    for (let d = Math.max(from, this.days.first); d < Math.min(to, this.days.end); d++) {
      if (!this.days.isOn(d))
        out.push({ date: fromDayNumber(d), working: false, reasons: this.reasons.get(d) ?? [] });
    }
    return out;
  }

  covers(date: LocalDate): boolean {
    return this.days.covers(toDayNumber(date));
  }

  private sourcesBetween(a: LocalDate, b: LocalDate): string[] {
    const sources = new Set<string>();
    for (const info of this.nonWorkingBetween(a, b))
      for (const r of info.reasons) if (r.kind !== 'weekend') sources.add(r.source);
    return [...sources];
  }

  private day(date: LocalDate): number {
    const known = this.index.get(date);
    if (known !== undefined) return known;
    const d = toDayNumber(date); // throws for a malformed date
    this.assertCovered(d);
    return d;
  }

  private label(day: number): LocalDate {
    return this.labels[day - this.days.first] as LocalDate;
  }

  private assertCovered(day: number): void {
    if (!this.days.covers(day)) throw this.outOfRange(civilFromDay(day)[0]);
  }

  private assertYear(year: number): void {
    if (!Number.isInteger(year) || year < this.firstYear || year > this.lastYear) throw this.outOfRange(year);
  }

  private outOfRange(year: number): AppError {
    return new AppError(
      'calendar.out_of_range',
      `No calendar data for ${year}: add src/calendar/data/${year}.json with the Government decree's moved days`,
      { year, from: this.firstYear, to: this.lastYear },
    );
  }
}

function appliesIn(h: HolidayLaw['holidays'][number], year: number): boolean {
  return (h.fromYear === null || h.fromYear <= year) && (h.toYear === null || year <= h.toYear);
}

function isWorking(reasons: DayReason[] | undefined): boolean {
  if (reasons === undefined) return true;
  // A decree can make a weekend day a working day; nothing makes a holiday one.
  if (reasons.some((r) => r.kind === 'decree-working-day')) return !reasons.some((r) => r.kind === 'holiday');
  return reasons.length === 0;
}

/** The reasons for every day that is not an ordinary working day. */
function classify(law: HolidayLaw, years: CalendarYear[]): Map<number, DayReason[]> {
  const reasons = new Map<number, DayReason[]>();
  const add = (day: number, reason: DayReason) => {
    const list = reasons.get(day);
    if (list === undefined) reasons.set(day, [reason]);
    else list.push(reason);
  };
  const isWeekend = (day: number) => law.weekend.includes(isoWeekday(day) % 7);
  const first = dayFromCivil((years[0] as CalendarYear).year, 1, 1);
  const end = dayFromCivil((years.at(-1) as CalendarYear).year + 1, 1, 1);
  for (let d = first; d < end; d++) if (isWeekend(d)) add(d, { kind: 'weekend' });

  const holidays: { day: number; reason: Extract<DayReason, { kind: 'holiday' }> }[] = [];
  for (const y of years) {
    for (const h of law.holidays) {
      if (!appliesIn(h, y.year)) continue;
      for (const dom of h.days) {
        holidays.push({
          day: dayFromCivil(y.year, h.month, dom),
          reason: { kind: 'holiday', id: h.id, name: h.name, religious: h.religious, source: h.source },
        });
      }
    }
    for (const r of y.religiousHolidays) {
      holidays.push({
        day: toDayNumber(r.date),
        reason: { kind: 'holiday', id: r.id, name: r.name, religious: true, source: r.source },
      });
    }
  }
  holidays.sort((a, b) => a.day - b.day);
  for (const h of holidays) add(h.day, h.reason);

  // A holiday on a weekend moves that day off to the next working day after the holiday;
  // religious holidays do not (Labour Code, see law.json carryOver.source).
  const carried = new Set<number>();
  for (const h of holidays) {
    if (h.reason.religious || !isWeekend(h.day)) continue;
    let d = h.day + 1;
    while (isWeekend(d) || reasons.get(d)?.some((r) => r.kind === 'holiday') === true || carried.has(d)) d++;
    carried.add(d);
    add(d, {
      kind: 'carry-over',
      holiday: fromDayNumber(h.day),
      name: h.reason.name,
      source: law.carryOver.source,
    });
  }

  for (const y of years) {
    for (const m of y.moves) {
      add(toDayNumber(m.dayOff), {
        kind: 'decree-day-off',
        workingDayInstead: m.workingDay,
        source: m.source,
      });
      if (m.workingDay !== null)
        add(toDayNumber(m.workingDay), {
          kind: 'decree-working-day',
          dayOffInstead: m.dayOff,
          source: m.source,
        });
    }
  }
  return reasons;
}
