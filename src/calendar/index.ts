/**
 * The calendar's public face: Kazakhstan's working-day calendar built from the bundled data,
 * and working time for an office schedule in a Kazakhstan time zone.
 */
import { calendarData } from './data/index.ts';
import { WorkCalendar } from './calendar.ts';
import { timeZonesFrom, type TimeZone } from './time-zone.ts';
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

export function workingTime(schedule: OfficeSchedule, zoneId: string = DEFAULT_ZONE): WorkingTime {
  return new WorkingTime(kazakhstanCalendar, schedule, timeZone(zoneId));
}
