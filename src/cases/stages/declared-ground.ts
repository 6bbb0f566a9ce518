/**
 * The ground an applicant declares for a duplicate or a reissue, where the act names it (seed
 * 004 11-т.): a duplicate is for a licence lost or damaged; a reissue is for a change, which the
 * licensee must apply for within 30 calendar days of it. The duty is tracked from the draft: a
 * reminder before it lapses, and the case flagged when it is submitted late. Pure.
 */
import type { Case } from './context.ts';
import { AppError } from '../../errors/app-error.ts';
import { dueAfter, type TimeRules } from '../deadlines.ts';
import type { ApplicationGround, ApplicationState, Event, ReissueDuty } from '../model.ts';

/**
 * How long before the duty lapses the applicant is reminded. The act sets the term, not a
 * reminder: this is Ruqsat's choice (docs/legal-choices.md), five calendar days ahead at 09:00.
 */
export const REISSUE_REMINDER_DAYS = 5;
const REMINDER_HOUR = 9;

/**
 * Checks the declared ground against the case's catalog entry and, for a reissue with a term,
 * computes the duty. `today`: the provider's date now; a change cannot be dated after it.
 */
export function declareGround(
  kase: Case,
  declared: ApplicationGround | undefined,
  now: Date,
  time: TimeRules,
): { ground?: ApplicationGround; reissueDuty?: ReissueDuty } {
  const rule = kase.ground;
  if (rule === null) return declared === undefined ? {} : { ground: declared };
  const expected = rule.kind === 'loss-or-damage' ? 'loss | damage' : 'change';
  if (declared === undefined)
    throw new AppError('cases.ground_required', `case ${kase.id} needs a declared ground`, {
      expected,
      source: rule.source,
    });
  if (rule.kind === 'loss-or-damage') {
    if (declared.kind !== 'loss' && declared.kind !== 'damage')
      throw new AppError('cases.ground_required', 'loss or damage', { expected, source: rule.source });
    return { ground: declared };
  }
  if (declared.kind !== 'change')
    throw new AppError('cases.ground_required', 'change', { expected, source: rule.source });
  const today = time.office.dateOf(now);
  if (declared.change.trim() === '')
    throw new AppError('cases.invalid_input', 'change', { reason: 'the change is empty' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(declared.changedOn) || declared.changedOn > today)
    throw new AppError('cases.invalid_input', 'changedOn', {
      reason: `the date of the change (${declared.changedOn}) must be a date not after ${today}`,
    });
  if (rule.applyWithin === null) return { ground: declared };
  // The term counts from the day of the change, that day not counted (as every term here); the
  // last instant of that day stands for it (endOfCalendarDay is the next midnight).
  const dayOfChange = new Date(time.office.endOfCalendarDay(declared.changedOn).getTime() - 1);
  const applyBy = dueAfter(dayOfChange, rule.applyWithin, time);
  const remindDay = time.calendar.addCalendarDays(applyBy.explanation.result, -REISSUE_REMINDER_DAYS);
  // The midnight that starts the reminder day, plus the hours to 09:00.
  const startOfRemindDay = time.office
    .endOfCalendarDay(time.calendar.addCalendarDays(remindDay, -1))
    .getTime();
  const remindAt = new Date(Math.max(now.getTime(), startOfRemindDay + REMINDER_HOUR * 3_600_000));
  return {
    ground: declared,
    reissueDuty: {
      changedOn: declared.changedOn,
      applyBy,
      remindAt: remindAt.toISOString(),
      remindedAt: null,
      lapsedAt: null,
    },
  };
}

/** The duty's flag when it has lapsed and nobody recorded it yet (at creation, submission or its timer). */
export function lapseIfLate(state: Pick<ApplicationState, 'reissueDuty'>, now: Date): Event[] {
  const duty = state.reissueDuty;
  if (duty === undefined || duty.lapsedAt !== null) return [];
  return now.getTime() > Date.parse(duty.applyBy.at)
    ? [{ type: 'reissue-duty-lapsed', lastDay: duty.applyBy.explanation.result }]
    : [];
}

/** Whether the reminder is still worth sending: a draft, not yet reminded, the duty not lapsed. */
export function reminderDue(state: ApplicationState, now: Date): boolean {
  const duty = state.reissueDuty;
  return (
    duty !== undefined &&
    state.status === 'draft' &&
    duty.remindedAt === null &&
    duty.lapsedAt === null &&
    now.getTime() <= Date.parse(duty.applyBy.at)
  );
}
