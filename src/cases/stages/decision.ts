/**
 * Decision: the provider approves or refuses, and its head signs what was decided. A refusal
 * cites the act's grounds and, where the act sets a hearing, only after the applicant could
 * object. Pure.
 */
import { AppError } from '../../errors/app-error.ts';
import type { ApplicationState, Event } from '../model.ts';
import { requireOfficial } from '../roles.ts';
import { isPaused, type CommandOf, type OnCase, type Process } from './context.ts';
import { expectedFee, feeDue } from './fees.ts';
import { requireGrounds } from './grounds.ts';
import { decidingSteps } from './steps.ts';

export type DecisionCommand = CommandOf<'decide' | 'sign'>;

export function decideDecision(command: DecisionCommand, on: OnCase): Event[] {
  const { state, actor, process, service, kase, now } = on;
  switch (command.type) {
    case 'decide': {
      requireOfficial(state, actor, process, ['head', 'unit-head', 'commission', 'executor']);
      if (isPaused(state))
        throw new AppError('cases.not_ready', 'paused', {
          reason: 'the clock is stopped: documents are awaited',
        });
      if (command.decision === 'approve') {
        requireDecidingStepReached(state, process);
        const fee = expectedFee(state, kase, now);
        if (feeDue(kase) && state.payment === null)
          throw new AppError('cases.payment_required', 'unpaid', { amount: fee ?? '?' });
        const pending = state.approvals.find((a) => a.approved !== true);
        if (pending !== undefined)
          throw new AppError('cases.not_ready', 'approval', {
            reason:
              pending.answeredAt === null
                ? `${pending.agency} has not answered`
                : `${pending.agency} did not agree`,
          });
        return [{ type: 'approved', tacit: false }];
      }
      requireGrounds(service, command.groundIds, 'other');
      if (service.hearing !== null) requireHearingDone(state, command.groundIds, now);
      return [{ type: 'refused', groundIds: command.groundIds, reasoning: command.reasoning }];
    }

    case 'sign':
      // An approval or a refusal (evolve records every refusal with its decision).
      if (state.signature !== null)
        throw new AppError('cases.not_ready', 'signed', { reason: 'already signed' });
      requireOfficial(state, actor, process, ['head', 'unit-head']);
      return [
        {
          type: 'signed',
          signatureId: command.signatureId,
          cms: command.cms ?? null,
          signer: command.signer ?? null,
        },
      ];
  }
}

/** A refusal after a preliminary decision: on its grounds, once the objection was heard or its window closed. */
function requireHearingDone(state: ApplicationState, groundIds: string[], now: Date): void {
  const pd = state.preliminaryDecision;
  if (pd === null) throw new AppError('cases.hearing_required', 'no preliminary decision');
  for (const g of groundIds)
    if (!pd.groundIds.includes(g))
      throw new AppError('cases.ground_not_in_preliminary', 'ground', { ground: g });
  const windowOpen = pd.objectionDue !== null && now.getTime() <= Date.parse(pd.objectionDue.at);
  if (state.objection !== null ? state.hearing === null : windowOpen)
    throw new AppError('cases.objection_window_open', 'wait', { until: pd.objectionDue?.at ?? '—' });
}

/**
 * An approval once the review reached a step where the act decides: what the act puts before
 * it (seed 000 p.10: the territorial unit's site visit) is done first. A process without such a
 * step leaves the moment to the provider.
 */
function requireDecidingStepReached(state: ApplicationState, process: Process | undefined): void {
  const deciding = process === undefined ? [] : decidingSteps(process);
  if (deciding.length === 0 || state.steps.some((r) => deciding.some((d) => d.id === r.stepId))) return;
  throw new AppError('cases.decision_step_not_reached', 'deciding step not reached', {
    current: state.currentStepId ?? '—',
  });
}
