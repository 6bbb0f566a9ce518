/**
 * The timers an application's state calls for: the current step's due time, the overall
 * deadline, the completeness window, the objection window, approvals awaited, and tacit
 * consent where the act provides it. Recomputed after every command and stored as rows, so
 * any server process can fire them; a command writes them only when the rows pending differ
 * from what the state now calls for (sameTimers). Pure.
 */
import type { TimerInput } from '../store/store.ts';
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

/**
 * Whether the timers pending (as stored) are those `wanted` calls for: then a command writes
 * none. Compared as sets: the store keeps no order among them.
 */
export function sameTimers(pending: readonly TimerInput[], wanted: readonly TimerSpec[]): boolean {
  const key = (t: TimerInput) =>
    `${t.kind} ${t.dueAt.getTime()} ${(t.payload as { ref?: string | null } | null | undefined)?.ref ?? null}`;
  const a = pending.map(key).sort();
  const b = wanted.map(key).sort();
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
