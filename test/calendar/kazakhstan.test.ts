import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar as cal } from '../../src/calendar/index.ts';
import { calendarData } from '../../src/calendar/data/index.ts';
import { fromDayNumber, toDayNumber } from '../../src/calendar/local-date.ts';

const first = toDayNumber('2019-01-01');
const last = toDayNumber('2027-12-31');
/** Dates with room for ±60 working days inside the data. */
const date = fc.integer({ min: first + 200, max: last - 200 }).map(fromDayNumber);
const n = fc.integer({ min: 0, max: 60 });

describe('Kazakhstan calendar against published figures', () => {
  for (const year of calendarData.years) {
    const published = year.expected.publishedWorkingDays;
    const computed = cal.workingDaysPerMonth(year.year);
    if (published.perMonth.some((m) => m !== null))
      it(`${year.year}: working days per month match the published months`, () => {
        published.perMonth.forEach((m, i) => {
          if (m !== null) expect({ month: i + 1, days: computed[i] }).toEqual({ month: i + 1, days: m });
        });
      });
    if (published.total !== null)
      it(`${year.year}: ${published.total} working days in the year`, () => {
        expect(computed.reduce((a, b) => a + b, 0)).toBe(published.total);
      });
    it(`${year.year}: weekend holidays carry the day off to ${year.expected.carryOverDaysOff.join(', ') || 'no day'}`, () => {
      const days = Array.from({ length: 366 }, (_, i) =>
        fromDayNumber(toDayNumber(`${year.year}-01-01`) + i),
      );
      const carried = days.filter(
        (d) =>
          d.startsWith(String(year.year)) && cal.describeDay(d).reasons.some((r) => r.kind === 'carry-over'),
      );
      expect(carried).toEqual(year.expected.carryOverDaysOff);
    });
  }

  it('Nauryz 2024 (Thu 21 – Sat 23 March): Saturday carried to Monday 25 March', () => {
    expect(['2024-03-21', '2024-03-22', '2024-03-25'].map((d) => cal.isWorkingDay(d))).toEqual([
      false,
      false,
      false,
    ]);
    expect(cal.isWorkingDay('2024-03-26')).toBe(true);
  });

  it('Kurban Ait on Sunday 16 June 2024 moves nothing (religious): Monday 17 June is a working day', () => {
    expect(cal.isWorkingDay('2024-06-17')).toBe(true);
  });

  it('Republic Day is a day off from 2022, not before; First President Day until 2021', () => {
    expect(cal.isWorkingDay('2021-10-25')).toBe(true); // Monday
    expect(cal.isWorkingDay('2022-10-25')).toBe(false);
    expect(cal.isWorkingDay('2021-12-01')).toBe(false);
    expect(cal.isWorkingDay('2022-12-01')).toBe(true);
  });

  it('a Saturday worked by decree is a working day: 4 May 2024 (for Wednesday 8 May)', () => {
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.isWorkingDay('2024-05-08')).toBe(false);
    expect(cal.yearSummary(2024).workingWeekends).toEqual(['2024-05-04']);
  });
});

describe('calendar properties', () => {
  it('adding n working days then counting them back gives n', () => {
    fc.assert(fc.property(date, n, (d, k) => cal.countWorkingDays(d, cal.addWorkingDays(d, k)) === k));
  });

  it('the result of adding n ≥ 1 working days is a working day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (d, k) =>
        cal.isWorkingDay(cal.addWorkingDays(d, k)),
      ),
    );
  });

  it('is monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(date, n, n, (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return cal.addWorkingDays(d, lo) <= cal.addWorkingDays(d, hi);
      }),
    );
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 30 }), n, (d, shift, k) => {
        return cal.addWorkingDays(d, k) <= cal.addWorkingDays(cal.addCalendarDays(d, shift), k);
      }),
    );
  });

  it('matches a day-by-day walk over the same data', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), (d, k) => {
        let day = toDayNumber(d);
        for (let left = Math.abs(k); left > 0;) {
          day += Math.sign(k);
          if (cal.isWorkingDay(fromDayNumber(day))) left--;
        }
        return cal.addWorkingDays(d, k) === fromDayNumber(day);
      }),
    );
  });

  it('n working days forward then n back lands on the last working day at or before the start', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (d, k) => {
        const back = cal.addWorkingDays(cal.addWorkingDays(d, k), -k);
        return cal.isWorkingDay(d) ? back === d : back < d && cal.countWorkingDays(back, d) === 0;
      }),
    );
  });

  it('an explanation lists exactly the days off between start and result', () => {
    fc.assert(
      fc.property(date, n, (d, k) => {
        const e = cal.explainAddWorkingDays(d, k);
        const span = toDayNumber(e.result) - toDayNumber(d);
        return e.skipped.every((s) => !s.working && s.reasons.length > 0) && span === k + e.skipped.length;
      }),
    );
  });
});
