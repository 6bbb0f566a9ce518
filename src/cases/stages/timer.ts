/**
 * A timer the application's state set has fired (see timersFor): what the passing of time
 * decides by itself — a completeness window closed, a term overdue, an agency's silence, tacit
 * consent. A timer that finds nothing left to do records nothing. Pure.
 */
import type { Event } from '../model.ts';
import { requireSystem } from '../roles.ts';
import { isPaused, type CommandOf, type OnCase } from './context.ts';
import { lapseIfLate, reminderDue } from './declared-ground.ts';

export function fireTimer(command: CommandOf<'fire-timer'>, on: OnCase): Event[] {
  const { state, actor } = on;
  requireSystem(actor);
  const ref = command.ref ?? null;
  const undecided = state.decision === null && !['withdrawn', 'draft', 'submitted'].includes(state.status);
  const paused = isPaused(state);
  switch (command.kind) {
    case 'signature-recheck':
      // The shell verified again and put the answer in the context; nothing to do without one.
      return on.signatureCheck === undefined || state.submissionSignature?.status !== 'indeterminate'
        ? []
        : [{ type: 'signature-rechecked', check: on.signatureCheck }];
    case 'completeness-window':
      // Past the window the request counts as complete: incompleteness can no longer be a reason.
      return state.status === 'registered' && state.completeness === 'pending'
        ? [{ type: 'completeness-confirmed' }]
        : [];
    case 'step-due':
      return state.currentStepId === ref &&
        ref !== null &&
        !state.overdueFlags.some((f) => f.what === 'step' && f.ref === ref)
        ? [{ type: 'overdue-flagged', what: 'step', ref }]
        : [];
    case 'overall-due':
      // Only a legal term is overdue (an estimate from the steps is state.estimatedDeadline).
      return undecided &&
        !paused &&
        state.deadline !== null &&
        !state.overdueFlags.some((f) => f.what === 'overall')
        ? [{ type: 'overdue-flagged', what: 'overall', ref: null }]
        : [];
    case 'objection-window':
      return [];
    case 'reissue-reminder':
      return reminderDue(state, on.now) && state.reissueDuty !== undefined
        ? [{ type: 'reissue-duty-reminded', lastDay: state.reissueDuty.applyBy.explanation.result }]
        : [];
    case 'reissue-lapse':
      return state.status === 'draft' ? lapseIfLate(state, on.now) : [];
    case 'approval-due': {
      const law = on.law;
      const pending = state.approvals.find((a) => a.agency === ref && a.answeredAt === null);
      if (pending === undefined || law === null) return [];
      // Art. 25 governs only service versions in force after the Law took effect (seeds 003, 004 predate it).
      if (on.service.validFrom < law.approvals.inForceFrom) return [];
      return [
        {
          type: 'approval-recorded',
          agency: pending.agency,
          approved: law.approvals.silenceMeans === 'approved',
          text: law.approvals.silenceSource,
          tacit: true,
        },
      ];
    }
    case 'tacit-consent':
      return tacitConsent(on);
  }
}

/**
 * Seed 004 16-т. 2-бөлік: the licence (or its appendix) not handed over within 5 working days
 * after the term ends counts as received at the end of the 5th day. It turns on the hand-over:
 * an undecided application is approved and issued by it, an approved or issued one only counts as
 * received; a refusal, a withdrawal or a hand-over before that instant ends it. The engine's own
 * pauses do not move it (the instant was fixed at registration).
 */
function tacitConsent(on: OnCase): Event[] {
  const { state, now } = on;
  const due = state.tacitConsentDue ?? null;
  if (due === null || now.getTime() < Date.parse(due.at)) return [];
  if (state.deliveredAt !== null || state.status === 'withdrawn' || state.decision?.kind === 'refuse')
    return [];
  const events: Event[] = [];
  if (state.decision === null) events.push({ type: 'approved', tacit: true });
  if (state.issued === null) {
    if (on.allocatedPermitNumber === undefined)
      throw new Error('the shell must allocate a permit number for tacit consent');
    events.push({ type: 'issued', permitNumber: on.allocatedPermitNumber, tacit: true });
  }
  events.push({ type: 'delivered', deemedAt: due.at });
  return events;
}
