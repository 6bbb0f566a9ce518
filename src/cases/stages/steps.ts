/**
 * The process's steps as the engine starts and completes them: when a step starts its due time
 * runs from the catalog's duration, and the steps no person takes by hand are completed at once.
 */
import type { Duration } from '../../catalog/schema.ts';
import { dueAfter } from '../deadlines.ts';
import type { ApplicationState, Event, StepStart } from '../model.ts';
import type { DecideContext, Process } from './context.ts';

/** The points in an application's course a term may count from (see Duration.termFrom). */
export interface TermAnchors {
  registeredAt: Date;
  submittedAt: Date;
}

/** Where a term starts: the point the act names, else `at` (the step's own start). */
export function termStart(duration: Duration, at: Date, anchors: TermAnchors): Date {
  switch (duration.termFrom) {
    case 'registration':
      return anchors.registeredAt;
    case 'submission':
      return anchors.submittedAt;
    case 'receipt':
    case undefined:
      return at;
  }
}

export function stepStart(
  process: Process,
  stepId: string,
  at: Date,
  ctx: DecideContext,
  anchors: TermAnchors,
): StepStart {
  const step = process.steps.find((s) => s.id === stepId);
  return {
    stepId,
    startedAt: at.toISOString(),
    due:
      step?.duration == null
        ? null
        : dueAfter(termStart(step.duration, at, anchors), step.duration, ctx.time),
  };
}

/** The anchors of an application already registered. */
export function anchorsOf(state: ApplicationState): TermAnchors {
  const registeredAt = new Date(state.registration?.registeredAt ?? state.createdAt);
  return {
    registeredAt,
    submittedAt: new Date(state.registration?.receivedAt ?? state.submittedAt ?? state.createdAt),
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
 * And the act's completeness step reached once completeness was confirmed before it (checked
 * earlier, or its window passed): there is nothing left to check, and no second action asks it.
 */
export function automaticSteps(
  process: Process,
  first: StepStart | null,
  at: Date,
  ctx: DecideContext,
  registering: boolean,
  anchors: TermAnchors,
  completenessConfirmed = false,
): Event[] {
  const events: Event[] = [];
  let current = first;
  let beforeProvider = registering;
  while (current !== null && events.length < process.steps.length) {
    const step = process.steps.find((s) => s.id === current?.stepId);
    if (step === undefined) break;
    const kind = process.participants.find((p) => p.id === step.role)?.kind ?? 'other';
    const confirmed = completenessConfirmed && isCompletenessStep(step);
    const automatic =
      kind === 'information-system' ||
      confirmed ||
      (beforeProvider && (kind === 'applicant' || registersTheRequest.test(step.action)));
    if (!automatic) break;
    if (kind !== 'information-system' && kind !== 'applicant') beforeProvider = false;
    const next = step.next === null ? null : stepStart(process, step.next, at, ctx, anchors);
    events.push({
      type: 'step-completed',
      stepId: step.id,
      branch: null,
      note:
        kind === 'information-system'
          ? 'information system'
          : confirmed
            ? 'completeness already confirmed'
            : registering
              ? 'done by submission'
              : null,
      onTime: current.due === null ? null : true,
      next,
    });
    current = next;
  }
  return events;
}

type Step = Process['steps'][number];

/**
 * The act's completeness check, where the process names it as a step: the one with a branch for
 * incomplete documents (seed 000 p.10 "толықтығын тексереді", seed 004 p.7). Confirming or
 * refusing completeness is that step's outcome, so one command does both.
 */
export function isCompletenessStep(step: Step): boolean {
  return step.branches.some((b) => b.condition === 'incomplete-documents');
}

// The branches of a step where the provider weighs the refusal grounds and decides.
const decidingBranches: ReadonlySet<string> = new Set([
  'refusal-grounds',
  'negative',
  'requirements-not-met',
]);

/**
 * The steps at which the act has the provider decide: a person's step (not an information
 * system's check) with a branch for refusal grounds or a negative outcome (seed 000 p.11
 * "бас тарту негіздерінің болуын қарайды", seed 004 p.8, seed 003's commission). What the act
 * puts before them (seed 000 p.10: the site visit) comes before a decision.
 */
export function decidingSteps(process: Process): Step[] {
  return process.steps.filter(
    (s) =>
      process.participants.find((p) => p.id === s.role)?.kind !== 'information-system' &&
      s.branches.some((b) => decidingBranches.has(b.condition)),
  );
}
