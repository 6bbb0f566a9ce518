/**
 * The decision core: given an application's state, a command, who gives it and when, return
 * the events that record what happens — or refuse with a stable error code and change nothing.
 * Every regulation value (steps, roles, durations, fees, grounds, hearing and completeness
 * terms) comes from the catalog version the application follows. Pure.
 *
 * This module only dispatches: the lifecycle table (`lifecycle.ts`) says whether the status
 * allows the command at all, then the stage it belongs to decides (`stages/`).
 */
import { AppError } from '../errors/app-error.ts';
import { requireAllowed } from './lifecycle.ts';
import type { ApplicationState, Command, Event } from './model.ts';
import type { DecideContext } from './stages/context.ts';
import { decideDecision } from './stages/decision.ts';
import { createDraft, decideIntake } from './stages/intake.ts';
import { decideIssue } from './stages/issue.ts';
import { decideReview } from './stages/review.ts';
import { fireTimer } from './stages/timer.ts';

export type { DecideContext } from './stages/context.ts';
// Where the rest of the code has always found them.
export { chooseProcess, providerIdOf } from './stages/intake.ts';

export type Decision = { ok: true; events: Event[] } | { ok: false; error: AppError };

export function decide(state: ApplicationState | null, command: Command, ctx: DecideContext): Decision {
  try {
    return { ok: true, events: decideOrThrow(state, command, ctx) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
}

/**
 * What may happen before the request counts as registered: the applicant's own acts and the
 * registration itself. Everything else (a provider's step, a decision, a signature, an issue) is
 * dated from `registeredAt` on — a request filed at 19:47 and registered the next working day at
 * 09:00 cannot be decided that evening (seed 000 p.9: "келесі жұмыс күні").
 */
const beforeRegistration: ReadonlySet<Command['type']> = new Set([
  'update-draft',
  'submit',
  'register',
  'record-payment',
  'withdraw',
  'fire-timer',
]);

function requireRegistered(state: ApplicationState, type: Command['type'], now: Date): void {
  const registeredAt = state.registration?.registeredAt;
  if (registeredAt === undefined || beforeRegistration.has(type)) return;
  if (now.getTime() < Date.parse(registeredAt))
    throw new AppError('cases.before_registration', 'not registered yet', { registeredAt });
}

function decideOrThrow(state: ApplicationState | null, command: Command, ctx: DecideContext): Event[] {
  if (command.type === 'create-draft') {
    if (state !== null) throw new AppError('cases.already_exists', 'application exists', { id: state.id });
    return createDraft(command, ctx);
  }
  if (state === null) throw new AppError('cases.not_found', 'no application', { id: '' });
  const kase = ctx.service.cases.find((c) => c.id === state.caseId);
  if (kase === undefined)
    throw new AppError('catalog.unknown_case', 'case gone', {
      id: ctx.service.id,
      case: state.caseId,
      cases: '',
    });
  requireAllowed(state, command.type);
  requireRegistered(state, command.type, ctx.now);
  const on = {
    ...ctx,
    state,
    kase,
    process: ctx.service.processes.find((p) => p.id === state.processId),
  };
  switch (command.type) {
    case 'update-draft':
    case 'submit':
    case 'register':
    case 'record-payment':
    case 'withdraw':
      return decideIntake(command, on);
    case 'assign-executor':
    case 'complete-step':
    case 'check-completeness':
    case 'request-state-data':
    case 'record-state-data':
    case 'record-inspection':
    case 'request-approval':
    case 'record-approval':
    case 'request-documents':
    case 'provide-documents':
    case 'send-preliminary-decision':
    case 'file-objection':
    case 'record-hearing':
      return decideReview(command, on);
    case 'decide':
    case 'sign':
      return decideDecision(command, on);
    case 'issue':
    case 'deliver':
      return decideIssue(command, on);
    case 'fire-timer':
      return fireTimer(command, on);
  }
}
