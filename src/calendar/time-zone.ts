/**
 * Local wall-clock time of a Kazakhstan time zone. Offsets come from data (timezones.json)
 * because they changed: the whole country moved to UTC+5 on 1 March 2024, so instants before
 * that in Astana and Almaty are UTC+6. Arithmetic only; no host time-zone database is used,
 * so results do not depend on the machine's ICU version.
 */
import { AppError } from '../errors/app-error.ts';
import type { TimeZones } from './data-schema.ts';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;

/** A moment on a local wall clock: day number and minute of the day (0…1439). */
export interface LocalTime {
  day: number;
  minute: number;
}

export class TimeZone {
  readonly id: string;
  /** Transition instants (epoch ms, ascending; the first is -Infinity) and offsets in minutes. */
  private readonly from: number[];
  private readonly offsets: number[];

  constructor(id: string, offsets: { from: string | null; offsetMinutes: number }[]) {
    this.id = id;
    const sorted = offsets
      .map((o) => ({ at: o.from === null ? -Infinity : Date.parse(o.from), offset: o.offsetMinutes }))
      .sort((a, b) => a.at - b.at);
    this.from = sorted.map((o) => o.at);
    this.offsets = sorted.map((o) => o.offset);
  }

  offsetAt(epochMs: number): number {
    let i = this.from.length - 1;
    while (i > 0 && epochMs < (this.from[i] as number)) i--;
    return this.offsets[i] as number;
  }

  toLocal(epochMs: number): LocalTime {
    const localMinutes = Math.floor(epochMs / MINUTE_MS) + this.offsetAt(epochMs);
    const day = Math.floor(localMinutes / DAY_MINUTES);
    return { day, minute: localMinutes - day * DAY_MINUTES };
  }

  /** The instant a local wall-clock time names; for a time the clock showed twice, the first. */
  fromLocal(local: LocalTime): number {
    const localMs = (local.day * DAY_MINUTES + local.minute) * MINUTE_MS;
    for (const offset of this.offsets) {
      const candidate = localMs - offset * MINUTE_MS;
      if (this.offsetAt(candidate) === offset) return candidate;
    }
    // A wall-clock time skipped by a forward change: read it with the offset before the change.
    return localMs - (this.offsets[0] as number) * MINUTE_MS;
  }

  /** ISO 8601 with this zone's offset, to the minute: 2025-03-21T10:30+05:00. */
  format(epochMs: number, fromDay: (day: number) => string): string {
    const { day, minute } = this.toLocal(epochMs);
    const offset = this.offsetAt(epochMs);
    const sign = offset < 0 ? '-' : '+';
    return `${fromDay(day)}T${hhmm(minute)}${sign}${hhmm(Math.abs(offset))}`;
  }
}

export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

export function parseHhmm(value: string): number {
  const m = /^(\d\d):(\d\d)$/.exec(value);
  const minutes = m === null ? NaN : Number(m[1]) * 60 + Number(m[2]);
  if (!(minutes >= 0 && minutes <= DAY_MINUTES) || Number(m?.[2]) > 59)
    throw new AppError('calendar.invalid_schedule', `not a time of day: "${value}"`, {
      reason: `«${value}» HH:MM`,
    });
  return minutes;
}

export function timeZonesFrom(data: TimeZones): Map<string, TimeZone> {
  return new Map(data.zones.map((z) => [z.id, new TimeZone(z.id, z.offsets)]));
}
