/**
 * Calendar dates without a time zone ("2025-03-21"), and their day numbers (days since
 * 1970-01-01). Day numbers make every table lookup an array index; the conversions are
 * arithmetic (H. Hinnant's civil-days algorithms), not Date objects, because they sit on the
 * hot path of every deadline computation.
 */
import { AppError } from '../errors/app-error.ts';

/** A date as the acts and people write it: YYYY-MM-DD. */
export type LocalDate = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date (proleptic Gregorian). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, day] of a day number. */
export function civilFromDay(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Day number of a YYYY-MM-DD date; throws `calendar.invalid_date` for anything else. */
export function toDayNumber(date: LocalDate): number {
  const m = pattern.exec(date);
  if (m === null) throw invalidDate(date);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw invalidDate(date);
  return dayFromCivil(y, mo, d);
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const [y, m, d] = civilFromDay(dayNumber);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function isLocalDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

function invalidDate(value: string): AppError {
  return new AppError('calendar.invalid_date', `Invalid date "${value}": expected YYYY-MM-DD`, { value });
}
