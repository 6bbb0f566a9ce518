import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src/calendar/calendar.ts';
import { fixtureLaw, fixtureYears } from '../fixtures/calendar.ts';

const cal = new WorkCalendar({ law: fixtureLaw, years: fixtureYears });
const kinds = (date: string) => cal.describeDay(date).reasons.map((r) => r.kind);

describe('calendar rules (synthetic data)', () => {
  it('a two-day holiday on a weekend moves both days off to the next two working days', () => {
    expect(kinds('2030-01-05')).toEqual(['weekend', 'holiday']);
    expect(cal.isWorkingDay('2030-01-07')).toBe(false);
    expect(cal.isWorkingDay('2030-01-08')).toBe(false);
    expect(cal.isWorkingDay('2030-01-09')).toBe(true);
    expect(kinds('2030-01-07')).toEqual(['carry-over']);
  });

  it('a religious holiday on a weekend moves nothing', () => {
    expect(cal.isWorkingDay('2030-04-15')).toBe(true);
    expect(kinds('2030-04-14')).toEqual(['weekend', 'holiday']);
  });

  it('a holiday applies only in the years of its law', () => {
    expect(cal.isWorkingDay('2030-05-01')).toBe(false);
    expect(cal.isWorkingDay('2031-05-01')).toBe(true); // Thursday, holiday repealed after 2030
    expect(kinds('2030-03-16')).toEqual(['weekend']);
    expect(cal.isWorkingDay('2030-03-18')).toBe(true);
    // 2031-03-16 is a Sunday: carried to Monday 17.
    expect(cal.isWorkingDay('2031-03-17')).toBe(false);
  });

  it('a decree makes a weekday a day off and a Saturday a working day', () => {
    expect(cal.isWorkingDay('2030-05-03')).toBe(false);
    expect(cal.isWorkingDay('2030-05-11')).toBe(true);
    expect(cal.yearSummary(2030).workingWeekends).toEqual(['2030-05-11']);
    expect(cal.yearSummary(2030).nonWorkingWeekdays).toEqual([
      '2030-01-07',
      '2030-01-08',
      '2030-05-01',
      '2030-05-03',
    ]);
  });

  it('adds working days without counting the start day, and explains the skipped days', () => {
    // Fri 2030-01-04 + 1 working day: Sat 5, Sun 6 (holiday), Mon 7, Tue 8 (carried) → Wed 9.
    const e = cal.explainAddWorkingDays('2030-01-04', 1);
    expect(e.result).toBe('2030-01-09');
    expect(e.skipped.map((d) => d.date)).toEqual(['2030-01-05', '2030-01-06', '2030-01-07', '2030-01-08']);
    expect(e.sources).toEqual(expect.arrayContaining(['Law art. 5', 'Labour Code art. 85']));
    expect(cal.addWorkingDays('2030-01-09', -1)).toBe('2030-01-04');
    expect(cal.countWorkingDays('2030-01-04', '2030-01-09')).toBe(1);
  });

  it('refuses dates outside the data with a message that says what to add', () => {
    expect(() => cal.addWorkingDays('2032-01-05', 1)).toThrow(/No calendar data for 2032/);
    expect(() => cal.addWorkingDays('2031-12-30', 5)).toThrow(/No calendar data for 2032/);
    expect(() => cal.isWorkingDay('2030-02-30')).toThrow(/Invalid date/);
  });
});
