/**
 * The calendar's public face: Kazakhstan's working-day calendar built from the bundled data,
 * and working time for an office schedule in a Kazakhstan time zone.
 */
import { calendarData } from './data/index.ts';
import { WorkCalendar } from './calendar.ts';
import { hhmm, timeZonesFrom, type TimeZone } from './time-zone.ts';
import { fromDayNumber, type LocalDate } from './local-date.ts';
import { WorkingTime, type OfficeSchedule } from './working-time.ts';
import { AppError } from '../errors/app-error.ts';

export {
  WorkCalendar,
  type DayInfo,
  type DayReason,
  type Explanation,
  type YearSummary,
} from './calendar.ts';
export { WorkingTime, type OfficeSchedule, type Registration } from './working-time.ts';
export { TimeZone } from './time-zone.ts';
export { toDayNumber, fromDayNumber, isLocalDate, type LocalDate } from './local-date.ts';

/** The time zone of the capital and of most providers. */
export const DEFAULT_ZONE = 'Asia/Almaty';

export const kazakhstanCalendar = new WorkCalendar(calendarData);
const zones = timeZonesFrom(calendarData.timeZones);

export function timeZone(id: string = DEFAULT_ZONE): TimeZone {
  const zone = zones.get(id);
  if (zone === undefined)
    throw new AppError('calendar.invalid_schedule', `unknown time zone ${id}`, { reason: `time zone ${id}` });
  return zone;
}

/**
 * The wall clock in a Kazakhstan zone at an instant: local date (YYYY-MM-DD) and time (HH:MM).
 * The offset is the one in force then (UTC+6 in Almaty before 1 March 2024, UTC+5 after), from
 * the bundled zone data, so printed dates do not depend on the host's ICU.
 */
export function wallClock(epochMs: number, zoneId: string = DEFAULT_ZONE): { date: LocalDate; time: string } {
  const { day, minute } = timeZone(zoneId).toLocal(epochMs);
  return { date: fromDayNumber(day), time: hhmm(minute) };
}

export function workingTime(schedule: OfficeSchedule, zoneId: string = DEFAULT_ZONE): WorkingTime {
  return new WorkingTime(kazakhstanCalendar, schedule, timeZone(zoneId));
}
