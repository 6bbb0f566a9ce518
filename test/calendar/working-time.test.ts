import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar as cal, timeZone, workingTime } from '../../src/calendar/index.ts';
import { fromDayNumber } from '../../src/calendar/local-date.ts';

// The office schedules the seeds describe.
const office = workingTime({ open: '09:00', close: '18:30', lunch: { from: '13:00', to: '14:30' } });
const shortDay = workingTime({ open: '09:00', close: '16:00', lunch: { from: '13:00', to: '14:30' } });
const reception = workingTime({ open: '10:00', close: '12:00', lunch: null });
const portal = workingTime({ aroundTheClock: true });

const at = (iso: string) => new Date(iso);
const local = (d: Date) => timeZone().format(d.getTime(), fromDayNumber);

describe('registration instant', () => {
  it('a request inside working hours is registered when received', () => {
    const r = office.registrationInstant(at('2025-03-18T10:15:00+05:00'));
    expect(r.moved).toBe(false);
    expect(local(r.instant)).toBe('2025-03-18T10:15+05:00');
  });

  it('after hours on a working day counts from the next working day’s opening', () => {
    const r = office.registrationInstant(at('2025-03-18T18:31:00+05:00'));
    expect(local(r.instant)).toBe('2025-03-19T09:00+05:00');
    expect(r.explanation.notes[0]).toMatch(/after hours/);
  });

  it('on Friday evening before Nauryz 2025 it counts from Wednesday 26 March, explaining each day', () => {
    // Fri 2025-03-21 is Nauryz itself; received Thu 20 March 19:00.
    const r = office.registrationInstant(at('2025-03-20T19:00:00+05:00'));
    expect(local(r.instant)).toBe('2025-03-26T09:00+05:00');
    expect(r.explanation.skipped.map((d) => [d.date, d.reasons.map((x) => x.kind).join('+')])).toEqual([
      ['2025-03-21', 'holiday'],
      ['2025-03-22', 'weekend+holiday'],
      ['2025-03-23', 'weekend+holiday'],
      ['2025-03-24', 'carry-over'],
      ['2025-03-25', 'carry-over'],
    ]);
  });

  it('before opening counts from the opening the same day; during lunch stays as received', () => {
    expect(local(office.registrationInstant(at('2025-03-18T07:30:00+05:00')).instant)).toBe(
      '2025-03-18T09:00+05:00',
    );
    expect(local(office.registrationInstant(at('2025-03-18T13:30:00+05:00')).instant)).toBe(
      '2025-03-18T13:30+05:00',
    );
  });

  it('uses UTC+6 for Astana before 1 March 2024 and UTC+5 after', () => {
    // 03:30 UTC is 09:30 in Astana in February 2024 (UTC+6), 08:30 in March 2024 (UTC+5).
    expect(office.registrationInstant(at('2024-02-27T03:30:00Z')).moved).toBe(false);
    expect(local(office.registrationInstant(at('2024-03-04T03:30:00Z')).instant)).toBe(
      '2024-03-04T09:00+05:00',
    );
    expect(local(at('2024-02-27T03:30:00Z'))).toBe('2024-02-27T09:30+06:00');
  });

  it('property: registration never lands on a day off or outside opening hours', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2019-01-02T00:00:00Z'), max: at('2027-11-30T00:00:00Z'), noInvalidDate: true }),
        (received) => {
          const r = office.registrationInstant(received);
          const [date, time] = local(r.instant).split('T') as [string, string];
          return (
            cal.isWorkingDay(date) &&
            time.slice(0, 5) >= '09:00' &&
            time.slice(0, 5) < '18:30' &&
            r.instant >= received
          );
        },
      ),
    );
  });
});

describe('working time', () => {
  it('skips lunch: 4 working hours from 11:00 end at 16:30', () => {
    expect(local(office.addWorkingTime(at('2025-03-18T11:00:00+05:00'), 240))).toBe('2025-03-18T16:30+05:00');
  });

  it('ends at the close of the day rather than the next morning when the time runs out exactly', () => {
    expect(local(office.addWorkingTime(at('2025-03-18T14:30:00+05:00'), 240))).toBe('2025-03-18T18:30+05:00');
  });

  it('carries over nights, weekends and holidays: 8 working hours from Friday 16:00 before 1 May 2025', () => {
    // Fri 25 Apr 16:00 → 2h30 left on Friday; Mon 28 Apr 09:00–13:00 (4h), 14:30–16:00 (1h30) = 8h.
    expect(local(office.addWorkingTime(at('2025-04-25T16:00:00+05:00'), 480))).toBe('2025-04-28T16:00+05:00');
    // Wed 30 Apr 17:00 + 2h: 1h30 on Wednesday, Thursday 1 May is a holiday, the rest on Friday.
    expect(local(office.addWorkingTime(at('2025-04-30T17:00:00+05:00'), 120))).toBe('2025-05-02T09:30+05:00');
    // Fri 9 May 2025 is Victory Day: Thursday 8 May 18:00 + 1h → Monday 12 May 09:30.
    expect(local(office.addWorkingTime(at('2025-05-08T18:00:00+05:00'), 60))).toBe('2025-05-12T09:30+05:00');
  });

  it('handles the short schedule (09:00–16:00) and reception hours (10:00–12:00)', () => {
    expect(local(shortDay.addWorkingTime(at('2025-03-18T15:00:00+05:00'), 90))).toBe(
      '2025-03-19T09:30+05:00',
    );
    // 1h on the 18th (11–12), 2h on the 19th; one more minute spills to the 20th.
    expect(local(reception.addWorkingTime(at('2025-03-18T11:00:00+05:00'), 180))).toBe(
      '2025-03-19T12:00+05:00',
    );
    expect(local(reception.addWorkingTime(at('2025-03-18T11:00:00+05:00'), 181))).toBe(
      '2025-03-20T10:01+05:00',
    );
  });

  it('around the clock, working time is wall time', () => {
    expect(local(portal.addWorkingTime(at('2025-03-22T23:50:00+05:00'), 15))).toBe('2025-03-23T00:05+05:00');
  });

  it('remaining working time is negative once the due time has passed', () => {
    const due = at('2025-03-18T16:30:00+05:00');
    expect(office.remainingWorkingTime(at('2025-03-18T11:00:00+05:00'), due)).toBe(240);
    expect(office.remainingWorkingTime(at('2025-03-19T09:30:00+05:00'), due)).toBe(-150);
  });

  it('refuses a schedule whose lunch lies outside opening hours', () => {
    expect(() =>
      workingTime({ open: '09:00', close: '12:00', lunch: { from: '13:00', to: '14:00' } }),
    ).toThrow(/lunch/);
  });

  it('property: adding m minutes from an open moment leaves exactly m minutes of working time between', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2019-01-02T00:00:00Z'), max: at('2027-06-30T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 20_000 }),
        (received, minutes) => {
          const start = office.registrationInstant(received).instant;
          const end = office.addWorkingTime(start, minutes);
          const [date, time] = local(end).split('T') as [string, string];
          return (
            office.remainingWorkingTime(start, end) === minutes &&
            cal.isWorkingDay(date) &&
            time.slice(0, 5) > '09:00' &&
            time.slice(0, 5) <= '18:30' &&
            !(time.slice(0, 5) > '13:00' && time.slice(0, 5) <= '14:30')
          );
        },
      ),
    );
  });
});
