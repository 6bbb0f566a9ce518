/**
 * The timers an application's state calls for: the current step's due time, the overall
 * deadline, the completeness window, the objection window, approvals awaited, and tacit
 * consent where the act provides it. Recomputed after every command and stored as rows, so
 * any server process can fire them; the rows are written again only when the list changes
 * (sameTimers). A change to this function therefore reaches a stored application at its next
 * change of timers: one that must apply at once needs the timers table rewritten when it ships.
 * Pure.
 */
import type { ApplicationState, TimerKind } from './model.ts';

export interface TimerSpec {
  kind: TimerKind;
  dueAt: Date;
  payload: { ref: string | null };
}

/** How long after an unanswered revocation check it is tried again (operations, not law). */
const RECHECK_AFTER_MS = 60 * 60 * 1000;

const closed = new Set(['approved', 'refused', 'signed', 'issued', 'delivered', 'withdrawn']);

export function timersFor(state: ApplicationState): TimerSpec[] {
  const timers: TimerSpec[] = [];
  const add = (kind: TimerKind, at: string | undefined, ref: string | null = null) => {
    if (at !== undefined) timers.push({ kind, dueAt: new Date(at), payload: { ref } });
  };
  // An EDS whose revocation could not be checked is checked again an hour later, until answered.
  const signature = state.submissionSignature;
  if (signature?.status === 'indeterminate' && state.status !== 'withdrawn')
    add('signature-recheck', new Date(Date.parse(signature.checkedAt) + RECHECK_AFTER_MS).toISOString());
  // A reissue's duty to apply (seed 004 11-т.) runs while the application is still a draft.
  const duty = state.reissueDuty;
  if (duty !== undefined && state.status === 'draft' && duty.lapsedAt === null) {
    if (duty.remindedAt === null) add('reissue-reminder', duty.remindAt);
    add('reissue-lapse', duty.applyBy.at);
  }
  // Tacit consent depends on the hand-over, not on the decision (seed 004 16-т.): an approved or
  // issued result never handed over still counts as received; a refusal or a withdrawal ends it.
  const tacit = state.tacitConsentDue ?? null;
  if (
    tacit !== null &&
    state.deliveredAt === null &&
    state.status !== 'withdrawn' &&
    state.decision?.kind !== 'refuse'
  )
    add('tacit-consent', tacit.at);
  if (closed.has(state.status) || state.registration === null) return timers;
  const paused = state.pauses.some((p) => p.to === null);
  if (state.completeness === 'pending') add('completeness-window', state.completenessDue?.at);
  const current = state.steps.find((s) => s.stepId === state.currentStepId && s.doneAt === null);
  if (current !== undefined && !state.overdueFlags.some((f) => f.what === 'step' && f.ref === current.stepId))
    add('step-due', current.due?.at, current.stepId);
  if (!paused && state.decision === null) {
    // Only a legal term is overdue: an estimate (state.estimatedDeadline) has no timer.
    if (!state.overdueFlags.some((f) => f.what === 'overall')) add('overall-due', state.deadline?.at);
  }
  const pd = state.preliminaryDecision;
  if (pd !== null && state.objection === null) add('objection-window', pd.objectionDue?.at);
  for (const a of state.approvals) if (a.answeredAt === null) add('approval-due', a.due?.at, a.agency);
  return timers;
}

/** Whether two timer lists are the same timers: a command that leaves them so rewrites none. */
export function sameTimers(a: TimerSpec[], b: TimerSpec[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (t, i) =>
        t.kind === b[i]?.kind &&
        t.dueAt.getTime() === b[i].dueAt.getTime() &&
        t.payload.ref === b[i].payload.ref,
    )
  );
}
