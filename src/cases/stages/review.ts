/**
 * Review: the provider's work between registration and the decision — the process's steps,
 * the completeness check, state data, inspections, other agencies' approvals, documents asked
 * of the applicant (the clock stopped meanwhile), and the hearing: a preliminary decision, the
 * applicant's objection and its record. Pure.
 */
import { AppError } from '../../errors/app-error.ts';
import { toDayNumber } from '../../calendar/local-date.ts';
import { dueAfter } from '../deadlines.ts';
import type { Event } from '../model.ts';
import { requireApplicant, requireOfficial } from '../roles.ts';
import { isPaused, type CommandOf, type OnCase } from './context.ts';
import { requireGrounds } from './grounds.ts';
import { anchorsOf, automaticSteps, isCompletenessStep, stepStart } from './steps.ts';

export type ReviewCommand = CommandOf<
  | 'assign-executor'
  | 'complete-step'
  | 'check-completeness'
  | 'request-state-data'
  | 'record-state-data'
  | 'record-inspection'
  | 'request-approval'
  | 'record-approval'
  | 'request-documents'
  | 'provide-documents'
  | 'send-preliminary-decision'
  | 'file-objection'
  | 'record-hearing'
>;

export function decideReview(command: ReviewCommand, on: OnCase): Event[] {
  const { state, actor, process, service, now } = on;
  switch (command.type) {
    case 'assign-executor':
      requireOfficial(state, actor, process, ['head', 'unit-head']);
      return [{ type: 'executor-assigned', executorId: command.executorId }];

    case 'complete-step':
      return completeStep(command, on);

    case 'check-completeness': {
      requireOfficial(state, actor, process);
      // At the act's completeness step, taken by its role, the check completes the step too:
      // one action, on the normal path or on the branch for incomplete documents.
      const step = completenessStepOf(on);
      const stepDone = (branch?: 'incomplete-documents') =>
        step === null
          ? []
          : completeStep({ type: 'complete-step', stepId: step, ...(branch ? { branch } : {}) }, on, true);
      if (command.complete) return [{ type: 'completeness-confirmed' }, ...stepDone()];
      if (state.completenessDue !== null && now.getTime() > Date.parse(state.completenessDue.at))
        throw new AppError('cases.completeness_window_passed', 'window passed', {
          due: state.completenessDue.at,
        });
      requireGrounds(service, command.groundIds, 'incomplete');
      if (command.missing.length === 0)
        throw new AppError('cases.invalid_input', 'missing', { reason: 'name the missing documents' });
      return [
        { type: 'refused-incomplete', missing: command.missing, groundIds: command.groundIds },
        ...stepDone('incomplete-documents'),
      ];
    }

    case 'request-state-data':
      if (actor.role !== 'system') requireOfficial(state, actor, process);
      return [{ type: 'state-data-requested', source: command.source }];

    case 'record-state-data':
      if (actor.role !== 'system') requireOfficial(state, actor, process);
      if (!state.stateData.some((d) => d.source === command.source && d.answeredAt === null))
        throw new AppError('cases.not_ready', 'not requested', {
          reason: `no pending request to ${command.source}`,
        });
      return [
        {
          type: 'state-data-recorded',
          source: command.source,
          found: command.found,
          data: command.data ?? null,
        },
      ];

    case 'record-inspection':
      requireOfficial(state, actor, process);
      return [{ type: 'inspection-recorded', positive: command.positive, conclusion: command.conclusion }];

    case 'request-approval': {
      requireOfficial(state, actor, process);
      const term = on.law?.approvals.responseWithin;
      const due = term === undefined ? null : dueAfter(now, { ...term, bound: 'max' }, on.time);
      return [{ type: 'approval-requested', agency: command.agency, due }];
    }

    case 'record-approval':
      if (actor.role !== 'approving-agency') requireOfficial(state, actor, process);
      if (!state.approvals.some((a) => a.agency === command.agency && a.answeredAt === null))
        throw new AppError('cases.not_ready', 'not requested', {
          reason: `no pending request to ${command.agency}`,
        });
      return [
        {
          type: 'approval-recorded',
          agency: command.agency,
          approved: command.approved,
          text: command.text,
          tacit: false,
        },
      ];

    case 'request-documents':
      requireOfficial(state, actor, process);
      // None of the seed acts stops the term while documents are awaited (000 11-т. prescribes a
      // refusal instead): only a service whose catalog cites such a rule may ask and wait.
      if (service.clockStop === null)
        throw new AppError('cases.no_clock_stop', 'the act sets no clock stop', { service: service.id });
      if (isPaused(state))
        throw new AppError('cases.not_ready', 'paused', { reason: 'the clock is already stopped' });
      return [{ type: 'clock-paused', reason: 'awaiting-documents', documents: command.documents }];

    case 'provide-documents':
      return provideDocuments(on);

    case 'send-preliminary-decision': {
      requireOfficial(state, actor, process);
      const hearing = service.hearing;
      if (hearing === null)
        throw new AppError('cases.not_ready', 'no hearing rule', {
          reason: 'the act sets no hearing for this service',
        });
      if (state.preliminaryDecision !== null)
        throw new AppError('cases.not_ready', 'already sent', {
          reason: 'a preliminary decision was already sent',
        });
      requireGrounds(service, command.groundIds, 'other');
      if (hearing.noticeBeforeDeadline !== null && state.deadline !== null) {
        const days = Math.ceil(hearing.noticeBeforeDeadline.amount);
        const latest = on.time.calendar.addWorkingDays(state.deadline.explanation.result, -days);
        if (on.time.office.dateOf(now) > latest)
          throw new AppError('cases.preliminary_too_late', 'too late', { days, latest });
      }
      const objectionDue =
        hearing.objectionWindow === null ? null : dueAfter(now, hearing.objectionWindow, on.time);
      return [
        { type: 'preliminary-decision-sent', groundIds: command.groundIds, text: command.text, objectionDue },
      ];
    }

    case 'file-objection': {
      requireApplicant(state, actor);
      const pd = state.preliminaryDecision;
      if (pd === null)
        throw new AppError('cases.not_ready', 'no preliminary decision', {
          reason: 'there is no preliminary decision to object to',
        });
      if (state.objection !== null)
        throw new AppError('cases.not_ready', 'objection exists', {
          reason: 'an objection was already filed',
        });
      if (pd.objectionDue !== null && now.getTime() > Date.parse(pd.objectionDue.at))
        throw new AppError('cases.objection_window_closed', 'closed', { until: pd.objectionDue.at });
      return [{ type: 'objection-filed', text: command.text }];
    }

    case 'record-hearing':
      requireOfficial(state, actor, process);
      if (state.objection === null)
        throw new AppError('cases.not_ready', 'no objection', { reason: 'no objection was filed' });
      return [{ type: 'hearing-recorded', text: command.text }];
  }
}

/** The current step when it is the act's completeness check and the actor's role takes it; else null. */
function completenessStepOf(on: OnCase): string | null {
  const { state, actor, process } = on;
  const step = process?.steps.find((s) => s.id === state.currentStepId);
  if (process === undefined || step === undefined || !isCompletenessStep(step)) return null;
  return process.participants.find((p) => p.id === step.role)?.kind === actor.role ? step.id : null;
}

/**
 * The completeness step is taken by `check-completeness` while completeness is open, and once
 * it is settled only on the path that matches: no incompleteness after a confirmation, no
 * normal path after a refusal for incompleteness.
 */
function requireCompletenessPath(command: CommandOf<'complete-step'>, on: OnCase): void {
  const { state, process } = on;
  const step = process?.steps.find((s) => s.id === command.stepId);
  if (step === undefined || state.currentStepId !== step.id || !isCompletenessStep(step)) return;
  if (state.completeness === 'pending')
    throw new AppError('cases.completeness_step', 'check completeness instead', { step: step.id });
  const incomplete = command.branch === 'incomplete-documents';
  if (incomplete !== (state.completeness === 'refused'))
    throw new AppError('cases.completeness_settled', `completeness ${state.completeness}`);
}

/** The current step done by the role the act names for it, on its normal path or a branch. */
function completeStep(command: CommandOf<'complete-step'>, on: OnCase, byCheck = false): Event[] {
  const { state, actor, process, now } = on;
  if (process === undefined || state.currentStepId !== command.stepId)
    throw new AppError('cases.not_current_step', 'not current', {
      step: command.stepId,
      current: state.currentStepId ?? '—',
    });
  const step = process.steps.find((s) => s.id === command.stepId);
  if (step === undefined)
    throw new AppError('cases.not_current_step', 'unknown step', { step: command.stepId, current: '—' });
  const participant = process.participants.find((p) => p.id === step.role);
  const wanted = participant?.kind ?? 'other';
  const machine = wanted === 'information-system';
  if (machine ? actor.role !== 'system' : actor.role !== wanted)
    throw new AppError('cases.forbidden_role', `step ${step.id} is done by ${wanted}`, {
      role: actor.role,
      expected: `${participant?.name ?? step.role} (${wanted})`,
    });
  if (wanted === 'applicant') requireApplicant(state, actor);
  else if (!machine && actor.providerId !== undefined && actor.providerId !== state.providerId)
    throw new AppError('cases.wrong_provider', 'other provider');
  if (!byCheck) requireCompletenessPath(command, on);
  let next = step.next;
  if (command.branch !== undefined) {
    const branch = step.branches.find((b) => b.condition === command.branch);
    if (branch === undefined)
      throw new AppError('cases.unknown_branch', 'no branch', { step: step.id, branch: command.branch });
    next = branch.next;
  }
  const record = state.steps.find((s) => s.stepId === step.id && s.doneAt === null);
  const onTime = record?.due == null ? null : now.getTime() <= Date.parse(record.due.at);
  const following = next === null ? null : stepStart(process, next, now, on, anchorsOf(state));
  return [
    {
      type: 'step-completed',
      stepId: step.id,
      branch: command.branch ?? null,
      note: command.note ?? null,
      onTime,
      next: following,
    },
    ...automaticSteps(
      process,
      following,
      now,
      on,
      false,
      anchorsOf(state),
      state.completeness === 'confirmed',
    ),
  ];
}

/**
 * The applicant brings what was asked (a catalog `clockStop` rule): the clock runs again, and
 * each term moves by the time it stood in its own unit — working days for a working-day term,
 * calendar days for a calendar-day one. Tacit consent (fixed at registration) does not move.
 */
function provideDocuments(on: OnCase): Event[] {
  const { state, actor, kase, now } = on;
  requireApplicant(state, actor);
  const open = state.pauses.find((p) => p.to === null);
  if (open === undefined)
    throw new AppError('cases.not_ready', 'not paused', { reason: 'no documents were asked for' });
  const { calendar, office } = on.time;
  const from = office.dateOf(new Date(open.from));
  const to = office.dateOf(now);
  const workingDays = Math.max(0, calendar.countWorkingDays(from, to));
  const calendarDays = Math.max(0, toDayNumber(to) - toDayNumber(from));
  const stopped = {
    workingDays: workingDays + state.pauses.reduce((n, p) => n + (p.workingDays ?? 0), 0),
    calendarDays: calendarDays + state.pauses.reduce((n, p) => n + (p.calendarDays ?? 0), 0),
  };
  const term = kase.deadline;
  const registration = state.registration;
  const moved =
    term === null || registration === null
      ? null
      : dueAfter(
          new Date(term.countsFrom === 'submission' ? registration.receivedAt : registration.registeredAt),
          term,
          on.time,
          stopped,
        );
  const legal = state.deadline !== null;
  return [
    {
      type: 'clock-resumed',
      pausedWorkingDays: workingDays,
      pausedCalendarDays: calendarDays,
      deadline: legal ? moved : null,
      ...(legal ? {} : { estimatedDeadline: moved }),
    },
  ];
}
