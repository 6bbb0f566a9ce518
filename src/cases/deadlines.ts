/**
 * Due times from the catalog's durations. The unit decides the arithmetic: working days end at
 * the office's closing time on the N-th working day after the start (the start day not
 * counted); calendar days and months at the end of the day, moved to the next working day when
 * that day is a day off (the one rule of src/calendar/term-end.ts, shared with complaints);
 * hours and minutes run inside the provider's working hours; seconds (automated steps) are wall
 * time. Pure.
 */
import type { Explanation, WorkCalendar } from '../calendar/calendar.ts';
import type { WorkingTime } from '../calendar/working-time.ts';
import { keep } from '../calendar/kept-explanation.ts';
import { explainTerm } from '../calendar/term-end.ts';
import type { Duration, Service } from '../catalog/schema.ts';
import type { ApplicationState, Due } from './model.ts';

export interface TimeRules {
  calendar: WorkCalendar;
  /** The provider's office hours (with their source, where an act states them). */
  office: WorkingTime;
}

/**
 * How long the clock stood (a catalog `clockStop` rule), in each unit a term may count: a
 * working-day term is extended by the working days, a calendar-day or month term by the
 * calendar days — never a working day added to a calendar-day term.
 */
export interface Stopped {
  workingDays: number;
  calendarDays: number;
}

const notStopped: Stopped = { workingDays: 0, calendarDays: 0 };

export function dueAfter(
  start: Date,
  duration: Duration,
  time: TimeRules,
  stopped: Stopped = notStopped,
): Due {
  const { calendar, office } = time;
  const date = office.dateOf(start);
  switch (duration.unit) {
    case 'working_days': {
      const explanation = calendar.explainAddWorkingDays(
        date,
        Math.ceil(duration.amount) + stopped.workingDays,
      );
      if (stopped.workingDays > 0)
        explanation.notes.push(
          `${stopped.workingDays} working day(s) added for the time the clock was stopped`,
        );
      return kept(office.endOfDay(explanation.result), duration, explanation);
    }
    case 'calendar_days':
    case 'months': {
      // The stopped calendar days move the start: the term then runs its own length.
      const from = stopped.calendarDays > 0 ? calendar.addCalendarDays(date, stopped.calendarDays) : date;
      const explanation = explainTerm(calendar, from, duration);
      if (stopped.calendarDays > 0)
        explanation.notes.push(
          `${stopped.calendarDays} calendar day(s) added for the time the clock was stopped`,
        );
      return kept(office.endOfCalendarDay(explanation.result), duration, explanation);
    }
    case 'hours':
    case 'minutes': {
      const minutes = Math.ceil(duration.unit === 'hours' ? duration.amount * 60 : duration.amount);
      // The provider's hours from the act where it states them; the explanation says whose they are.
      const explanation = office.explainAddWorkingTime(start, minutes);
      return kept(office.addWorkingTime(start, minutes), duration, explanation);
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

/** A due time as the state keeps it: the calendar's words left out (src/calendar/kept-explanation.ts). */
function kept(at: Date, duration: Duration, explanation: Explanation): Due {
  return { at: at.toISOString(), duration, explanation: keep(explanation) };
}

type Deadline = NonNullable<Service['cases'][number]['deadline']>;

/**
 * Whether a case's term is a legal term: the act states it (`basis: stated`). A sum of step
 * terms or the deciding step's term (seeds 001–003, whose acts defer the overall term to a
 * standard not in the seeds) is an estimate: it drives no overdue flag, on-time indicator,
 * tacit consent or promised result date.
 */
export function isLegalTerm(deadline: Pick<Deadline, 'basis'>): boolean {
  return deadline.basis === 'stated';
}

/** The date an applicant is shown for the result: the legal term, else the estimate, labelled. */
export interface ResultDate {
  at: string;
  /** False for an estimate from the steps, which is not a legal term. */
  legal: boolean;
  explanation: Due['explanation'];
}

export function resultDate(
  state: Pick<ApplicationState, 'deadline' | 'estimatedDeadline'>,
): ResultDate | null {
  const legal = state.deadline ?? null;
  if (legal !== null) return { at: legal.at, legal: true, explanation: legal.explanation };
  const estimate = state.estimatedDeadline ?? null;
  return estimate === null ? null : { at: estimate.at, legal: false, explanation: estimate.explanation };
}

/** How an estimate is labelled wherever it is shown (issue 13 item 4). */
export const estimateLabel = {
  kk: 'қадамдар мерзімдерінен есептелген болжам, заңды мерзім емес',
  ru: 'оценка по срокам этапов, не установленный законом срок',
  en: 'estimate from the steps, not a legal term',
} as const;

/**
 * When the result counts as received if the provider has not handed it over (seed 004 16-т.
 * 2-бөлік): the hand-over term (5 working days) counted from the end of the case's legal term,
 * ending at the end of that working day. Only for the cases the act names (the licence and its
 * appendix) and only from a legal term; fixed at registration, so no pause of the engine's moves it.
 */
export function tacitConsentDue(
  service: Pick<Service, 'tacitConsent'>,
  caseKind: Service['cases'][number]['kind'],
  deadline: Due | null,
  time: TimeRules,
): Due | null {
  const rule = service.tacitConsent;
  if (rule === null || !rule.applies || rule.handOverWithin === null || deadline === null) return null;
  if (!rule.caseKinds.includes(caseKind)) return null;
  const due = dueAfter(new Date(deadline.at), rule.handOverWithin, time);
  const { sources, notes } = due.explanation;
  return {
    ...due,
    explanation: {
      ...due.explanation,
      sources: [...sources, rule.source],
      notes: [
        ...notes,
        `the case's term ends ${deadline.explanation.result}; not handed over by the end of ${due.explanation.result}, the result counts as received`,
      ],
    },
  };
}
