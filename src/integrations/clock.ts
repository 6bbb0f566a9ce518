/**
 * Time at the ports: the clock the simulators read, and the instants they accept. They never
 * call `Date.now()` themselves, so a test can fix or step time, and a demo can run days in
 * minutes.
 */
import { z } from 'zod';
import { isLocalDate } from '../calendar/local-date.ts';
import type { Clock as EngineClock } from '../cases/clock.ts';

export type Clock = () => Date;

/** The system's time: production's one clock. The engine and the pure core are handed a clock. */
export const systemClock: EngineClock = { now: () => new Date() };

/** The system's time moved ahead by whole minutes (a demo's RUQSAT_DEMO_CLOCK_SHIFT_MINUTES). */
export function shiftedClock(minutes: number): EngineClock {
  if (minutes === 0) return systemClock;
  const shiftMs = minutes * 60_000;
  return { now: () => new Date(Date.now() + shiftMs) };
}

/**
 * An ISO 8601 instant with its offset: `2025-03-21T05:30:00.000Z` as `toISOString` writes it,
 * or `2025-03-21T10:30+05:00` as the calendar's `TimeZone.format` does (seconds optional).
 * Without an offset a time would be read in the server's zone, so it is refused.
 */
export const Instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'ISO 8601 with an offset')
  // Date.parse rolls 30 February over into March, so the day is checked by the calendar.
  .refine((v) => isLocalDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)), 'not a real date and time');
