/**
 * The last day of a term, one rule for every caller: a case's deadline, step and windows
 * (src/cases/deadlines.ts) and a complaint's terms (src/appeals/complaint.ts). A term in
 * working days ends on a working day by construction; a term in calendar days or months whose
 * last day is a day off ends on the next working day (`lastDayOnDayOff`, Civil Code art. 173,
 * data/term-rules.json). Pure.
 */
import type { Explanation, WorkCalendar } from './calendar.ts';
import {
  civilFromDay,
  daysInMonth,
  dayFromCivil,
  fromDayNumber,
  toDayNumber,
  type LocalDate,
} from './local-date.ts';
import termRules from './data/term-rules.json' with { type: 'json' };

/** The rule that moves a term's last day off a day off, with its source. */
export const lastDayOnDayOff = termRules.lastDayOnDayOff;

/** A term counted in days or months (a catalog Duration has this shape). */
export interface DayTerm {
  amount: number;
  unit: 'working_days' | 'calendar_days' | 'months' | 'hours' | 'minutes' | 'seconds';
}

/** The last day of a term in calendar days or months, before the day-off rule. */
export function calendarTermEnd(calendar: WorkCalendar, from: LocalDate, term: DayTerm): LocalDate {
  const whole = Math.ceil(term.amount);
  switch (term.unit) {
    case 'working_days':
      return calendar.addWorkingDays(from, whole);
    case 'calendar_days':
      return calendar.addCalendarDays(from, whole);
    case 'months': {
      // The same day of the month N months on; the month's last day when it has no such day.
      const [y, m, d] = civilFromDay(toDayNumber(from));
      const index = y * 12 + (m - 1) + whole;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      return fromDayNumber(dayFromCivil(year, month, Math.min(d, daysInMonth(year, month))));
    }
    case 'hours':
    case 'minutes':
    case 'seconds':
      throw new RangeError(`a term in ${term.unit} has no last day`);
  }
}

/** The term's last day after the day-off rule (working days: unchanged). */
export function addTerm(calendar: WorkCalendar, from: LocalDate, term: DayTerm): LocalDate {
  return explainTerm(calendar, from, term).result;
}

/**
 * The term's last day with the reasoning: the days it counts, and — for calendar days and months
 * — the move off a day off with the rule's source.
 */
export function explainTerm(calendar: WorkCalendar, from: LocalDate, term: DayTerm): Explanation {
  const whole = Math.ceil(term.amount);
  if (term.unit === 'working_days') return calendar.explainAddWorkingDays(from, whole);
  const end = calendarTermEnd(calendar, from, term);
  const base: Explanation =
    term.unit === 'calendar_days'
      ? calendar.explainAddCalendarDays(from, whole)
      : {
          rule: `${whole} month(s) after ${from}`,
          sources: [],
          start: from,
          result: end,
          skipped: [],
          notes: [],
        };
  if (calendar.isWorkingDay(end)) return { ...base, notes: [] };
  const result = calendar.nextWorkingDay(end);
  return {
    ...base,
    result,
    sources: [...base.sources, lastDayOnDayOff.source],
    notes: [`${end} is a day off: the term ends on the next working day, ${result}`],
  };
}
