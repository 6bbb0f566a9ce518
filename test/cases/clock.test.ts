import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar, workingTime } from '../../src/calendar/index.ts';
import { SimulatedClock } from '../../src/cases/clock.ts';

const office = workingTime({ open: '09:00', close: '18:30', lunch: { from: '13:00', to: '14:30' } });

describe('simulated clock', () => {
  it('"simulate 10 working days": to the same hour ten working days later, holidays skipped', () => {
    // Thursday 20 March 2025, 11:00 → Nauryz 21–25 March off → the 10th working day after is Tuesday 8 April (26–28 March, 31 March–4 April, 7–8 April).
    const clock = new SimulatedClock(new Date('2025-03-20T11:00:00+05:00'));
    clock.advanceWorkingDays(10, kazakhstanCalendar, office);
    expect(office.format(clock.now())).toBe('2025-04-08T11:00+05:00');
  });

  it('only moves forward, except by an explicit rewind', () => {
    const clock = new SimulatedClock(new Date('2025-03-20T11:00:00+05:00'));
    expect(() => clock.set(new Date('2025-03-19T11:00:00+05:00'))).toThrow(/forward/);
    clock.rewind(new Date('2025-03-19T11:00:00+05:00'));
    expect(office.format(clock.now())).toBe('2025-03-19T11:00+05:00');
  });
});
