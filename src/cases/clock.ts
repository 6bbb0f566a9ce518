/**
 * The engine's clock. Production reads the system time (`systemClock`, at the platform's edge
 * in src/integrations/clock.ts); tests and demos use a clock they can move forward ("simulate
 * 10 working days") so deadlines, timers and tacit consent can be watched happening.
 */
import type { WorkCalendar } from '../calendar/calendar.ts';
import type { WorkingTime } from '../calendar/working-time.ts';

export interface Clock {
  now(): Date;
}

export class SimulatedClock implements Clock {
  private current: number;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date): void {
    if (at.getTime() < this.current) throw new Error('the simulated clock only moves forward');
    this.current = at.getTime();
  }

  /**
   * Back to an earlier instant: only for demos that replay independent applications from the
   * same filing day, one after another, on one store.
   */
  rewind(to: Date): void {
    this.current = to.getTime();
  }

  advanceMinutes(minutes: number): Date {
    this.current += minutes * 60_000;
    return this.now();
  }

  /** To the same office hour n working days later (the office's time zone). */
  advanceWorkingDays(n: number, calendar: WorkCalendar, office: WorkingTime): Date {
    const now = this.now();
    const target = calendar.addWorkingDays(office.dateOf(now), n);
    const shift = office.endOfDay(target).getTime() - office.endOfDay(office.dateOf(now)).getTime();
    this.current += Math.max(0, shift);
    return this.now();
  }
}
