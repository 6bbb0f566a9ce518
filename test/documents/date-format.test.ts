/**
 * formatDate / formatDateTime print Kazakhstan's wall clock of the instant, with the offset in
 * force then: Almaty was UTC+6 until the whole country moved to UTC+5 on 1 March 2024 at 00:00
 * local time (2024-02-29T18:00Z; calendar data timezones.json, tzdata 2024a). They used to add
 * a fixed 5 hours, so every pre-2024 time was an hour early and late evenings fell on the
 * previous day.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../src/documents/content.ts';

describe('formatDateTime in Asia/Almaty', () => {
  it('2019: UTC+6', () => {
    // 2019-06-15T12:00Z + 6 h = 15.06.2019 18:00 (a fixed +5 gave 17:00).
    expect(formatDateTime('2019-06-15T12:00:00Z')).toBe('15.06.2019 18:00');
    // 2019-12-31T18:30Z + 6 h = 2020-01-01 00:30: already the next day and year (a fixed +5 gave 31.12.2019 23:30).
    expect(formatDateTime('2019-12-31T18:30:00Z')).toBe('01.01.2020 00:30');
    expect(formatDate('2019-12-31T18:30:00Z')).toBe('01.01.2020');
  });

  it('2025: UTC+5', () => {
    // 2025-06-15T12:00Z + 5 h = 15.06.2025 17:00.
    expect(formatDateTime('2025-06-15T12:00:00Z')).toBe('15.06.2025 17:00');
    // 2025-12-31T18:30Z + 5 h = 31.12.2025 23:30: still the same day.
    expect(formatDateTime('2025-12-31T18:30:00Z')).toBe('31.12.2025 23:30');
    expect(formatDate('2025-12-31T18:30:00Z')).toBe('31.12.2025');
  });

  it('the change on 1 March 2024: the clock went from 23:59 (+6) back to 23:00 (+5)', () => {
    // 2024-02-29T17:59Z + 6 h = 29.02.2024 23:59; one minute later the offset is +5: 18:00Z + 5 h = 23:00.
    expect(formatDateTime('2024-02-29T17:59:00Z')).toBe('29.02.2024 23:59');
    expect(formatDateTime('2024-02-29T18:00:00Z')).toBe('29.02.2024 23:00');
    // 2024-02-29T19:00Z + 5 h = 01.03.2024 00:00.
    expect(formatDateTime('2024-02-29T19:00:00Z')).toBe('01.03.2024 00:00');
  });

  it("agrees with the host's ICU (Intl, Asia/Almaty) where the host's tzdata has the 2024 change", () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Almaty',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const icu = (iso: string) => intl.format(new Date(iso)).replace(',', '').replaceAll('/', '.');
    if (icu('2025-06-15T12:00:00Z') !== '15.06.2025 17:00') return; // tzdata before 2024a
    for (const iso of [
      '2019-06-15T12:00:00Z',
      '2019-12-31T18:30:00Z',
      '2025-06-15T12:00:00Z',
      '2025-12-31T18:30:00Z',
    ])
      expect(formatDateTime(iso)).toBe(icu(iso));
  });
});
