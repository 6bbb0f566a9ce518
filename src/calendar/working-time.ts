/**
 * Working time of an office: its schedule (working weekdays, opening hours, lunch break) laid
 * over the working-day calendar, in the office's time zone. Deadlines in hours and minutes run
 * only inside opening hours; a request that arrives after hours or on a day off is registered
 * at the start of the next working day (the acts' "жұмыс уақыты аяқталғаннан кейін … келесі
 * жұмыс күні"). Every operation is O(1) apart from the explanations: working minutes are
 * cumulative per office day, read from a DayTable.
 */
import { AppError } from '../errors/app-error.ts';
import type { DayInfo, Explanation, WorkCalendar } from './calendar.ts';
import { DayTable } from './day-table.ts';
import { fromDayNumber, isoWeekday, toDayNumber } from './local-date.ts';
import { hhmm, parseHhmm, type TimeZone } from './time-zone.ts';

const MINUTE_MS = 60_000;

export interface OfficeSchedule {
  /** Open every minute of every day (the e-gov portal). */
  aroundTheClock?: boolean;
  /** ISO weekdays the office works, 1 = Monday; default Monday–Friday. Days off of the calendar never count. */
  weekdays?: number[];
  open?: string;
  close?: string;
  lunch?: { from: string; to: string } | null;
  /**
   * Where the hours come from: the act's paragraph (the catalog schedule's source). Absent: a
   * deployment setting, which no act states — an hours-based term says so in its explanation.
   */
  source?: string;
}

/** Said of an hours-based term when no act states the provider's working hours (seeds 001, 002). */
export const deploymentHoursNote =
  "no act states these working hours: they are the deployment's office hours (a setting, see docs/legal-choices.md)";

export interface Registration {
  instant: Date;
  moved: boolean;
  explanation: Explanation;
}

export class WorkingTime {
  /** The calendar whose days off it skips. */
  readonly calendar: WorkCalendar;
  private readonly zone: TimeZone;
  private readonly always: boolean;
  private readonly officeDays: DayTable;
  /** Working intervals of one office day, in minutes from midnight. */
  private readonly intervals: [number, number][];
  private readonly perDay: number;
  readonly describe: string;
  /** The act's paragraph for these hours, or null for a deployment setting. */
  readonly source: string | null;

  constructor(calendar: WorkCalendar, schedule: OfficeSchedule, zone: TimeZone) {
    this.calendar = calendar;
    this.zone = zone;
    this.always = schedule.aroundTheClock === true;
    this.source = schedule.source ?? null;
    if (this.always) {
      this.intervals = [[0, 1440]];
      this.officeDays = new DayTable(
        calendar.days.first,
        new Uint8Array(calendar.days.end - calendar.days.first).fill(1),
      );
      this.describe = 'around the clock';
    } else {
      if (schedule.open === undefined || schedule.close === undefined)
        throw new AppError('calendar.invalid_schedule', 'open and close are required', {
          reason: 'open/close',
        });
      const open = parseHhmm(schedule.open);
      const close = parseHhmm(schedule.close);
      if (close <= open)
        throw new AppError('calendar.invalid_schedule', 'close must be after open', {
          reason: 'close ≤ open',
        });
      const lunch = schedule.lunch ?? null;
      if (lunch === null) this.intervals = [[open, close]];
      else {
        const from = parseHhmm(lunch.from);
        const to = parseHhmm(lunch.to);
        if (!(open < from && from < to && to < close))
          throw new AppError('calendar.invalid_schedule', 'lunch must lie inside opening hours', {
            reason: 'lunch',
          });
        this.intervals = [
          [open, from],
          [to, close],
        ];
      }
      const weekdays = schedule.weekdays ?? [1, 2, 3, 4, 5];
      if (weekdays.length === 0 || weekdays.some((w) => !Number.isInteger(w) || w < 1 || w > 7))
        throw new AppError('calendar.invalid_schedule', 'weekdays must be ISO weekdays 1–7', {
          reason: 'weekdays',
        });
      const base = calendar.days;
      const on = new Uint8Array(base.end - base.first);
      for (let d = base.first; d < base.end; d++)
        on[d - base.first] = base.isOn(d) && weekdays.includes(isoWeekday(d)) ? 1 : 0;
      this.officeDays = new DayTable(base.first, on);
      this.describe =
        this.intervals.map(([a, b]) => `${hhmm(a)}–${hhmm(b)}`).join(', ') +
        (weekdays.join(',') === '1,2,3,4,5' ? ', Monday–Friday' : `, ISO weekdays ${weekdays.join(',')}`);
    }
    this.perDay = this.intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
  }

  /** When a request received at `received` counts as registered. */
  registrationInstant(received: Date): Registration {
    const t = received.getTime();
    const { day, minute } = this.local(t);
    const open = (this.intervals[0] as [number, number])[0];
    const close = (this.intervals.at(-1) as [number, number])[1];
    const start = fromDayNumber(day);
    if (this.officeDays.isOn(day) && minute < close) {
      if (minute >= open)
        return {
          instant: received,
          moved: false,
          explanation: this.explainRegistration(start, start, [], []),
        };
      const instant = new Date(this.zone.fromLocal({ day, minute: open }));
      return {
        instant,
        moved: true,
        explanation: this.explainRegistration(
          start,
          start,
          [],
          [`received before opening; counts from ${hhmm(open)}`],
        ),
      };
    }
    const next = this.officeDays.add(day, 1);
    if (next === undefined) throw this.outOfRange(day);
    const instant = new Date(this.zone.fromLocal({ day: next, minute: open }));
    const notes = this.officeDays.isOn(day)
      ? [`received after hours (${hhmm(minute)} ≥ ${hhmm(close)}); counts from the next working day`]
      : [`received on a day off; counts from the next working day`];
    return {
      instant,
      moved: true,
      explanation: this.explainRegistration(start, fromDayNumber(next), this.skipped(day, next), notes),
    };
  }

  /** The instant `minutes` of working time after `start`. */
  addWorkingTime(start: Date, minutes: number): Date {
    if (!Number.isInteger(minutes) || minutes < 0)
      throw new AppError('calendar.invalid_amount', `not a non-negative integer: ${minutes}`, {
        value: minutes,
      });
    if (minutes === 0) return start;
    return new Date(this.instantAt(this.worked(start.getTime()) + minutes));
  }

  explainAddWorkingTime(start: Date, minutes: number): Explanation {
    const result = this.addWorkingTime(start, minutes);
    const a = this.local(start.getTime()).day;
    const b = this.local(result.getTime()).day;
    return {
      rule: `${minutes} minute(s) of working time (${this.describe}), counted only inside opening hours on working days`,
      sources: this.source === null ? [] : [this.source],
      start: this.zone.format(start.getTime(), fromDayNumber),
      result: this.zone.format(result.getTime(), fromDayNumber),
      skipped: this.skipped(a, b),
      notes: [
        ...(this.intervals.length > 1
          ? [
              `lunch ${hhmm((this.intervals[0] as [number, number])[1])}–${hhmm((this.intervals[1] as [number, number])[0])} not counted`,
            ]
          : []),
        ...(this.source === null ? [deploymentHoursNote] : []),
      ],
    };
  }

  /** Working minutes from `now` to `due`; negative when `due` has passed. */
  remainingWorkingTime(now: Date, due: Date): number {
    return this.worked(due.getTime()) - this.worked(now.getTime());
  }

  /** The end of working time on a date: closing time on an office day, midnight otherwise. */
  endOfDay(date: string): Date {
    const day = toDayNumber(date);
    const close =
      this.always || !this.officeDays.isOn(day) ? 1440 : (this.intervals.at(-1) as [number, number])[1];
    return new Date(this.zone.fromLocal({ day, minute: close }));
  }

  /** Midnight at the end of a date in the office's time zone: the whole day counts. */
  endOfCalendarDay(date: string): Date {
    return new Date(this.zone.fromLocal({ day: toDayNumber(date), minute: 1440 }));
  }

  /** The local calendar date of an instant. */
  dateOf(instant: Date): string {
    return fromDayNumber(this.zone.toLocal(instant.getTime()).day);
  }

  /** An instant as local ISO text with the offset, e.g. 2025-03-21T10:30+05:00. */
  format(instant: Date): string {
    return this.zone.format(instant.getTime(), fromDayNumber);
  }

  /** Working minutes from the start of the table to instant t. */
  private worked(t: number): number {
    if (this.always) {
      this.local(t);
      return Math.floor((t - this.zone.fromLocal({ day: this.officeDays.first, minute: 0 })) / MINUTE_MS);
    }
    const { day, minute } = this.local(t);
    let within = 0;
    if (this.officeDays.isOn(day))
      for (const [a, b] of this.intervals) within += Math.min(Math.max(minute - a, 0), b - a);
    return this.officeDays.countRange(this.officeDays.first, day) * this.perDay + within;
  }

  /** The earliest instant at which `total` working minutes have passed. */
  private instantAt(total: number): number {
    if (this.always)
      return this.zone.fromLocal({ day: this.officeDays.first, minute: 0 }) + total * MINUTE_MS;
    let k = Math.floor(total / this.perDay);
    let rest = total - k * this.perDay;
    // Exactly at a day's end: the close of that day, not the next morning.
    if (rest === 0) {
      k -= 1;
      rest = this.perDay;
    }
    const day = this.officeDays.add(this.officeDays.first - 1, k + 1);
    if (day === undefined) throw this.outOfRange(this.officeDays.end);
    for (const [a, b] of this.intervals) {
      if (rest <= b - a) return this.zone.fromLocal({ day, minute: a + rest });
      rest -= b - a;
    }
    throw new Error('unreachable: rest exceeds a working day');
  }

  private local(t: number): { day: number; minute: number } {
    if (!Number.isFinite(t))
      throw new AppError('calendar.invalid_instant', 'invalid instant', { value: String(t) });
    const local = this.zone.toLocal(t);
    if (!this.officeDays.covers(local.day)) throw this.outOfRange(local.day);
    return local;
  }

  private skipped(fromDay: number, toDay: number): DayInfo[] {
    return this.calendar.nonWorkingInRange(fromDay, toDay);
  }

  private explainRegistration(
    start: string,
    result: string,
    skipped: DayInfo[],
    notes: string[],
  ): Explanation {
    return {
      rule: `a request received after working hours or on a day off is registered on the next working day (${this.describe})`,
      sources: [],
      start,
      result,
      skipped,
      notes,
    };
  }

  private outOfRange(day: number): AppError {
    const year = Number(fromDayNumber(Math.min(Math.max(day, -719468), 2932896)).slice(0, 4));
    return new AppError('calendar.out_of_range', `No calendar data for ${year}`, {
      year,
      from: this.calendar.firstYear,
      to: this.calendar.lastYear,
    });
  }
}
