/**
 * The process's steps as the engine starts and completes them: when a step starts its due time
 * runs from the catalog's duration, and the steps no person takes by hand are completed at once.
 */
import { dueAfter } from '../deadlines.ts';
import type { Event, StepStart } from '../model.ts';
import type { DecideContext, Process } from './context.ts';

export function stepStart(process: Process, stepId: string, at: Date, ctx: DecideContext): StepStart {
  const step = process.steps.find((s) => s.id === stepId);
  return {
    stepId,
    startedAt: at.toISOString(),
    due: step?.duration == null ? null : dueAfter(at, step.duration, ctx.time),
  };
}

// The act's wording of a provider's registration step ("тіркеуді жүзеге асырады", "өтінішті тіркейді", "… тіркеу").
const registersTheRequest =
  /тіркеуді жүзеге асырады|(өтінішті|өтінімді) тіркейді|тіркелу нөмері мен күнін бере отырып тіркеу/;

/**
 * Steps no person takes by hand, completed as soon as they start so that the current step is
 * the first one someone must act on — the one the work queue shows. Always: the information
 * systems' steps (a status shown in the cabinet, data fetched through the gateway). At
 * registration also: the applicant's steps before the provider's first (filling in, paying and
 * signing are what submitting was) and that first step when it is the registration itself.
 */
export function automaticSteps(
  process: Process,
  first: StepStart | null,
  at: Date,
  ctx: DecideContext,
  registering: boolean,
): Event[] {
  const events: Event[] = [];
  let current = first;
  let beforeProvider = registering;
  while (current !== null && events.length < process.steps.length) {
    const step = process.steps.find((s) => s.id === current?.stepId);
    if (step === undefined) break;
    const kind = process.participants.find((p) => p.id === step.role)?.kind ?? 'other';
    const automatic =
      kind === 'information-system' ||
      (beforeProvider && (kind === 'applicant' || registersTheRequest.test(step.action)));
    if (!automatic) break;
    if (kind !== 'information-system' && kind !== 'applicant') beforeProvider = false;
    const next = step.next === null ? null : stepStart(process, step.next, at, ctx);
    events.push({
      type: 'step-completed',
      stepId: step.id,
      branch: null,
      note: kind === 'information-system' ? 'information system' : registering ? 'done by submission' : null,
      onTime: current.due === null ? null : true,
      next,
    });
    current = next;
  }
  return events;
}
