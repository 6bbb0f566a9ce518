/**
 * Due times from the catalog's durations. The unit decides the arithmetic: working days end at
 * the office's closing time on the N-th working day after the start (the start day not
 * counted); calendar days and months at the end of the day; hours and minutes run inside
 * opening hours; seconds (automated steps) are wall time. Pure.
 */
import type { WorkCalendar } from '../calendar/calendar.ts';
import type { WorkingTime } from '../calendar/working-time.ts';
import { daysInMonth } from '../calendar/local-date.ts';
import type { Duration } from '../catalog/schema.ts';
import type { Due } from './model.ts';

export interface TimeRules {
  calendar: WorkCalendar;
  /** The provider's office hours. */
  office: WorkingTime;
}

export function dueAfter(start: Date, duration: Duration, time: TimeRules, extraWorkingDays = 0): Due {
  const { calendar, office } = time;
  const date = office.dateOf(start);
  const whole = Math.ceil(duration.amount);
  switch (duration.unit) {
    case 'working_days': {
      const explanation = calendar.explainAddWorkingDays(date, whole + extraWorkingDays);
      if (extraWorkingDays > 0)
        explanation.notes.push(`${extraWorkingDays} working day(s) added for the time the clock was stopped`);
      return { at: office.endOfDay(explanation.result).toISOString(), duration, explanation };
    }
    case 'calendar_days': {
      const explanation = calendar.explainAddCalendarDays(date, whole);
      const result =
        extraWorkingDays > 0
          ? calendar.addWorkingDays(explanation.result, extraWorkingDays)
          : explanation.result;
      return { at: endOfCalendarDay(office, result), duration, explanation: { ...explanation, result } };
    }
    case 'months': {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const months = m - 1 + whole;
      const year = y + Math.floor(months / 12);
      const month = (months % 12) + 1;
      const result = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth(year, month))).padStart(2, '0')}`;
      return {
        at: endOfCalendarDay(office, result),
        duration,
        explanation: {
          rule: `${whole} month(s) after ${date}`,
          sources: [],
          start: date,
          result,
          skipped: [],
          notes: [],
        },
      };
    }
    case 'hours':
    case 'minutes': {
      const minutes = Math.ceil(duration.unit === 'hours' ? duration.amount * 60 : duration.amount);
      const explanation = office.explainAddWorkingTime(start, minutes);
      return { at: office.addWorkingTime(start, minutes).toISOString(), duration, explanation };
    }
    case 'seconds': {
      const at = new Date(start.getTime() + Math.ceil(duration.amount * 1000));
      return {
        at: at.toISOString(),
        duration,
        explanation: {
          rule: `${duration.amount} second(s): an automated step, wall time`,
          sources: [],
          start: office.format(start),
          result: office.format(at),
          skipped: [],
          notes: [],
        },
      };
    }
  }
}

function endOfCalendarDay(office: WorkingTime, date: string): string {
  return office.endOfCalendarDay(date).toISOString();
}
