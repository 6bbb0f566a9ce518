/**
 * The shape of the calendar data files in ./data: the holidays of the Law on holidays
 * (law.json), each year's floating religious holidays and Government-decree moves (YYYY.json),
 * and the time-zone offsets (timezones.json). Every entry names its legal source.
 */
import { z } from 'zod';

const isoDate = z.iso.date();
const names = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const HolidayLaw = z.object({
  holidays: z.array(
    z.object({
      id: z.string(),
      month: z.number().int().min(1).max(12),
      days: z.array(z.number().int().min(1).max(31)).min(1),
      name: names,
      /** Religious holidays are days off, but a weekend one does not move the day off. */
      religious: z.boolean(),
      fromYear: z.number().int().nullable(),
      toYear: z.number().int().nullable(),
      source: z.string(),
    }),
  ),
  carryOver: z.object({ rule: z.string(), source: z.string() }),
  governmentMoves: z.object({ rule: z.string(), source: z.string() }),
  /** JavaScript weekdays (0 = Sunday) that are days off in a five-day week. */
  weekend: z.array(z.number().int().min(0).max(6)),
  sources: z.array(z.record(z.string(), z.unknown())).default([]),
});
export type HolidayLaw = z.infer<typeof HolidayLaw>;

export const CalendarYear = z.object({
  year: z.number().int(),
  religiousHolidays: z.array(z.object({ date: isoDate, id: z.string(), name: names, source: z.string() })),
  moves: z.array(z.object({ dayOff: isoDate, workingDay: isoDate.nullable(), source: z.string() })),
  decrees: z.array(z.record(z.string(), z.unknown())).default([]),
  /**
   * What published sources say the rules should produce, never figures computed from these
   * files: the tests compare the computed calendar against them. A null month was not published.
   */
  expected: z.object({
    carryOverDaysOff: z.array(isoDate).default([]),
    publishedWorkingDays: z.object({
      perMonth: z.array(z.number().int().nullable()).length(12),
      total: z.number().int().nullable(),
      source: z.string(),
    }),
  }),
  notes: z.array(z.string()).default([]),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

export const TimeZones = z.object({
  zones: z.array(
    z.object({
      id: z.string(),
      offsets: z.array(z.object({ from: z.string().nullable(), offsetMinutes: z.number().int() })).min(1),
      source: z.string(),
    }),
  ),
  notes: z.array(z.string()).default([]),
});
export type TimeZones = z.infer<typeof TimeZones>;

export interface CalendarData {
  law: HolidayLaw;
  years: CalendarYear[];
  timeZones: TimeZones;
}
