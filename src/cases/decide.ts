/**
 * The decision core: given an application's state, a command, who gives it and when, return
 * the events that record what happens — or refuse with a stable error code and change nothing.
 * Every regulation value (steps, roles, durations, fees, grounds, hearing and completeness
 * terms) comes from the catalog version the application follows. Pure.
 */
import { AppError } from '../errors/app-error.ts';
import type { Service } from '../catalog/schema.ts';
import type { PermitsLaw } from '../catalog/law.ts';
import { feeInTenge } from '../money/index.ts';
import { dueAfter, type TimeRules } from './deadlines.ts';
import type {
  Actor,
  ApplicationState,
  Channel,
  Command,
  Event,
  SignatureCheck,
  StepStart,
  Status,
} from './model.ts';
import { requireApplicant, requireOfficial, requireSystem } from './roles.ts';

type Process = Service['processes'][number];

export interface DecideContext {
  now: Date;
  actor: Actor;
  /** The catalog version the application follows (for a new draft: the one in force now). */
  service: Service;
  actId: string;
  time: TimeRules;
  law: PermitsLaw | null;
  /** For reissue, duplicate and appendix: the permit as the registry holds it. */
  permit?: { number: string; holderId: string; status: string } | null;
  /** A permit number the shell allocated, for a tacit-consent issue. */
  allocatedPermitNumber?: string;
  /** An inbound number the shell allocated, for a portal submission registered at once. */
  allocatedInboundNumber?: string;
  /** The shell's verification of the applicant's EDS on a submission. */
  signatureCheck?: SignatureCheck;
}

export type Decision = { ok: true; events: Event[] } | { ok: false; error: AppError };

export function decide(state: ApplicationState | null, command: Command, ctx: DecideContext): Decision {
  try {
    return { ok: true, events: decideOrThrow(state, command, ctx) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
}

const portalChannels: ReadonlySet<Channel> = new Set(['egov-portal', 'elicense-portal']);

function decideOrThrow(state: ApplicationState | null, command: Command, ctx: DecideContext): Event[] {
  if (command.type === 'create-draft') {
    if (state !== null) throw new AppError('cases.already_exists', 'application exists', { id: state.id });
    return createDraft(command, ctx);
  }
  if (state === null) throw new AppError('cases.not_found', 'no application', { id: '' });
  const { actor, service, now } = ctx;
  const process = service.processes.find((p) => p.id === state.processId);
  const kase = service.cases.find((c) => c.id === state.caseId);
  if (kase === undefined)
    throw new AppError('catalog.unknown_case', 'case gone', {
      id: service.id,
      case: state.caseId,
      cases: '',
    });
  const expect = (...statuses: Status[]) => {
    if (!statuses.includes(state.status))
      throw new AppError('cases.wrong_status', `${command.type} in ${state.status}`, {
        status: state.status,
        command: command.type,
      });
  };
  const paused = state.pauses.some((p) => p.to === null);

  switch (command.type) {
    case 'update-draft':
      expect('draft');
      requireApplicant(state, actor);
      return [{ type: 'draft-updated', form: command.form }];

    case 'submit': {
      expect('draft');
      requireApplicant(state, actor);
      const signature = ctx.signatureCheck ?? null;
      if (signature?.status === 'invalid')
        throw new AppError('cases.signature_invalid', 'invalid EDS', {
          code: signature.code,
          reason: signature.reason ?? '',
        });
      if (!portalChannels.has(state.channel)) return [{ type: 'submitted', signature }];
      // The portal registers an electronic request the day it arrives (or the next working day).
      if (ctx.allocatedInboundNumber === undefined)
        throw new Error('the shell must allocate an inbound number for a portal submission');
      return [
        { type: 'submitted', signature },
        ...registration(state, now, now, ctx.allocatedInboundNumber, 'system', process, ctx),
      ];
    }

    case 'register': {
      expect('submitted');
      if (portalChannels.has(state.channel))
        throw new AppError('cases.wrong_status', 'portal requests register themselves', {
          status: state.status,
          command: command.type,
        });
      requireOfficial(state, actor, process, ['office-clerk', 'state-corporation-operator']);
      const received = state.submittedAt === null ? now : new Date(state.submittedAt);
      return registration(state, received, now, command.inboundNumber, actor.id, process, ctx);
    }

    case 'record-payment': {
      // On the portals the fee is paid while the application is still a draft, before it is
      // signed and sent (seed 000, annex 2 row 6 and the process: fill in → pay → submit).
      if (['withdrawn', 'refused', 'delivered'].includes(state.status) || state.payment !== null)
        throw new AppError('cases.wrong_status', 'payment not expected', {
          status: state.status,
          command: command.type,
        });
      if (actor.role !== 'system') requireApplicant(state, actor);
      const expected = expectedFee(state, kase, now);
      if (expected !== null && command.amountTenge !== expected)
        throw new AppError('cases.payment_amount', 'amount mismatch', { expected, got: command.amountTenge });
      if (!(command.amountTenge > 0))
        throw new AppError('cases.invalid_input', 'amount', { reason: 'amount ≤ 0' });
      const { type: _t, ...payment } = command;
      return [{ type: 'payment-recorded', ...payment }];
    }

    case 'assign-executor':
      expect('registered', 'in-review');
      requireOfficial(state, actor, process, ['head', 'unit-head']);
      return [{ type: 'executor-assigned', executorId: command.executorId }];

    case 'complete-step': {
      expect('registered', 'in-review', 'approved', 'refused', 'signed', 'issued');
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
      let next = step.next;
      if (command.branch !== undefined) {
        const branch = step.branches.find((b) => b.condition === command.branch);
        if (branch === undefined)
          throw new AppError('cases.unknown_branch', 'no branch', { step: step.id, branch: command.branch });
        next = branch.next;
      }
      const record = state.steps.find((s) => s.stepId === step.id && s.doneAt === null);
      const onTime = record?.due == null ? null : now.getTime() <= Date.parse(record.due.at);
      const following = next === null ? null : stepStart(process, next, now, ctx);
      return [
        {
          type: 'step-completed',
          stepId: step.id,
          branch: command.branch ?? null,
          note: command.note ?? null,
          onTime,
          next: following,
        },
        ...automaticSteps(process, following, now, ctx, false),
      ];
    }

    case 'check-completeness': {
      expect('registered');
      requireOfficial(state, actor, process);
      if (command.complete) return [{ type: 'completeness-confirmed' }];
      if (state.completenessDue !== null && now.getTime() > Date.parse(state.completenessDue.at))
        throw new AppError('cases.completeness_window_passed', 'window passed', {
          due: state.completenessDue.at,
        });
      requireGrounds(service, command.groundIds, 'incomplete');
      if (command.missing.length === 0)
        throw new AppError('cases.invalid_input', 'missing', { reason: 'name the missing documents' });
      return [{ type: 'refused-incomplete', missing: command.missing, groundIds: command.groundIds }];
    }

    case 'request-state-data':
      expect('registered', 'in-review');
      if (actor.role !== 'system') requireOfficial(state, actor, process);
      return [{ type: 'state-data-requested', source: command.source }];

    case 'record-state-data':
      expect('registered', 'in-review');
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
      expect('in-review');
      requireOfficial(state, actor, process);
      return [{ type: 'inspection-recorded', positive: command.positive, conclusion: command.conclusion }];

    case 'request-approval': {
      expect('in-review');
      requireOfficial(state, actor, process);
      const term = ctx.law?.approvals.responseWithin;
      const due = term === undefined ? null : dueAfter(now, { ...term, bound: 'max' }, ctx.time);
      return [{ type: 'approval-requested', agency: command.agency, due }];
    }

    case 'record-approval': {
      expect('in-review');
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
    }

    case 'request-documents':
      expect('in-review');
      requireOfficial(state, actor, process);
      if (paused) throw new AppError('cases.not_ready', 'paused', { reason: 'the clock is already stopped' });
      return [{ type: 'clock-paused', reason: 'awaiting-documents', documents: command.documents }];

    case 'provide-documents': {
      expect('in-review');
      requireApplicant(state, actor);
      const open = state.pauses.find((p) => p.to === null);
      if (open === undefined)
        throw new AppError('cases.not_ready', 'not paused', { reason: 'no documents were asked for' });
      const { calendar, office } = ctx.time;
      const stopped = Math.max(
        0,
        calendar.countWorkingDays(office.dateOf(new Date(open.from)), office.dateOf(now)),
      );
      const total = stopped + state.pauses.reduce((n, p) => n + (p.workingDays ?? 0), 0);
      const deadline =
        kase.deadline === null || state.registration === null
          ? null
          : dueAfter(new Date(state.registration.registeredAt), kase.deadline, ctx.time, total);
      return [{ type: 'clock-resumed', pausedWorkingDays: stopped, deadline }];
    }

    case 'send-preliminary-decision': {
      expect('in-review');
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
        const latest = ctx.time.calendar.addWorkingDays(state.deadline.explanation.result, -days);
        if (ctx.time.office.dateOf(now) > latest)
          throw new AppError('cases.preliminary_too_late', 'too late', { days, latest });
      }
      const objectionDue =
        hearing.objectionWindow === null ? null : dueAfter(now, hearing.objectionWindow, ctx.time);
      return [
        { type: 'preliminary-decision-sent', groundIds: command.groundIds, text: command.text, objectionDue },
      ];
    }

    case 'file-objection': {
      expect('in-review');
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
      expect('in-review');
      requireOfficial(state, actor, process);
      if (state.objection === null)
        throw new AppError('cases.not_ready', 'no objection', { reason: 'no objection was filed' });
      return [{ type: 'hearing-recorded', text: command.text }];

    case 'decide': {
      expect('in-review');
      requireOfficial(state, actor, process, ['head', 'unit-head', 'commission', 'executor']);
      if (paused)
        throw new AppError('cases.not_ready', 'paused', {
          reason: 'the clock is stopped: documents are awaited',
        });
      if (command.decision === 'approve') {
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
      expect('approved', 'refused');
      if (state.signature !== null)
        throw new AppError('cases.not_ready', 'signed', { reason: 'already signed' });
      if (state.status === 'refused' && state.decision?.kind !== 'refuse')
        throw new AppError('cases.wrong_status', 'nothing to sign', {
          status: state.status,
          command: command.type,
        });
      requireOfficial(state, actor, process, ['head', 'unit-head']);
      return [
        {
          type: 'signed',
          signatureId: command.signatureId,
          cms: command.cms ?? null,
          signer: command.signer ?? null,
        },
      ];

    case 'issue':
      expect('signed');
      if (actor.role !== 'system') requireOfficial(state, actor, process);
      return [{ type: 'issued', permitNumber: command.permitNumber, tacit: false }];

    case 'deliver':
      if (!(state.status === 'issued' || (state.status === 'refused' && state.signature !== null)))
        throw new AppError('cases.wrong_status', 'not deliverable', {
          status: state.status,
          command: command.type,
        });
      if (actor.role !== 'system') requireOfficial(state, actor, process);
      return [{ type: 'delivered' }];

    case 'withdraw':
      expect('draft', 'submitted', 'registered', 'in-review');
      requireApplicant(state, actor);
      return [{ type: 'withdrawn', reason: command.reason }];

    case 'fire-timer':
      requireSystem(actor);
      return fireTimer(state, command.kind, command.ref ?? null, ctx);
  }
}

function createDraft(command: Extract<Command, { type: 'create-draft' }>, ctx: DecideContext): Event[] {
  const { service, actor } = ctx;
  if (actor.role !== 'applicant' || actor.id !== command.applicant.id)
    throw new AppError('cases.not_applicant', 'only the applicant creates a draft');
  const kase = service.cases.find((c) => c.id === command.caseId);
  if (kase === undefined)
    throw new AppError('catalog.unknown_case', 'unknown case', {
      id: service.id,
      case: command.caseId,
      cases: service.cases.map((c) => c.id).join(', '),
    });
  const channels = service.channels.map((c) => c.kind);
  if (!channels.includes(command.channel))
    throw new AppError('cases.channel_not_offered', 'channel', {
      channel: command.channel,
      channels: channels.join(', '),
    });
  if (!service.applicantTypes.includes(command.applicant.type))
    throw new AppError('cases.applicant_type_not_allowed', 'type', { type: command.applicant.type });
  const onPermit = ['reissue', 'duplicate', 'appendix'].includes(kase.kind);
  if (onPermit) {
    const permit = ctx.permit;
    if (command.permitNumber === undefined)
      throw new AppError('cases.permit_required', 'permit number required');
    if (permit == null)
      throw new AppError('cases.permit_not_usable', 'unknown', {
        number: command.permitNumber,
        reason: 'not in the registry',
      });
    if (permit.holderId !== command.applicant.id)
      throw new AppError('cases.permit_not_usable', 'holder', {
        number: permit.number,
        reason: 'it belongs to another holder',
      });
    if (permit.status !== 'active')
      throw new AppError('cases.permit_not_usable', 'status', {
        number: permit.number,
        reason: `its status is ${permit.status}`,
      });
  }
  return [
    {
      type: 'draft-created',
      serviceId: service.id,
      serviceVersion: service.version,
      actId: ctx.actId,
      caseId: kase.id,
      caseKind: kase.kind,
      channel: command.channel,
      processId: chooseProcess(service, kase.id, command.channel)?.id ?? null,
      providerId: providerIdOf(service),
      applicant: command.applicant,
      permitNumber: onPermit ? (command.permitNumber ?? null) : null,
      form: command.form ?? {},
    },
  ];
}

/** The process the act describes for this case and channel; a portal process serves both portals. */
export function chooseProcess(service: Service, caseId: string, channel: Channel): Process | undefined {
  const forCase = service.processes.filter((p) => p.cases.includes(caseId));
  return (
    forCase.find((p) => p.channel === channel) ??
    forCase.find((p) => portalChannels.has(p.channel) === portalChannels.has(channel)) ??
    forCase[0]
  );
}

/** A stable provider key: the catalog's provider id, else a slug of its English name. */
export function providerIdOf(service: Service): string {
  return (
    service.provider.id ??
    service.provider.name.en
      ?.toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') ??
    service.id
  );
}

/** The registration, and the steps it completes by itself (see automaticSteps). */
function registration(
  state: ApplicationState,
  received: Date,
  now: Date,
  inboundNumber: string,
  official: string,
  process: Process | undefined,
  ctx: DecideContext,
): Event[] {
  const kase = ctx.service.cases.find((c) => c.id === state.caseId);
  const reg = ctx.time.office.registrationInstant(received);
  const registeredAt = reg.instant.getTime() < now.getTime() ? now : reg.instant;
  const firstStep = process === undefined ? null : stepStart(process, process.start, registeredAt, ctx);
  const registered: Event = {
    type: 'registered',
    receivedAt: received.toISOString(),
    registeredAt: registeredAt.toISOString(),
    inboundNumber,
    official,
    registration: reg.explanation,
    deadline: kase?.deadline == null ? null : dueAfter(registeredAt, kase.deadline, ctx.time),
    completenessDue:
      kase?.completenessCheck == null ? null : dueAfter(registeredAt, kase.completenessCheck, ctx.time),
    firstStep,
  };
  return process === undefined
    ? [registered]
    : [registered, ...automaticSteps(process, firstStep, registeredAt, ctx, true)];
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
function automaticSteps(
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

function stepStart(process: Process, stepId: string, at: Date, ctx: DecideContext): StepStart {
  const step = process.steps.find((s) => s.id === stepId);
  return {
    stepId,
    startedAt: at.toISOString(),
    due: step?.duration == null ? null : dueAfter(at, step.duration, ctx.time),
  };
}

function feeDue(kase: Service['cases'][number]): boolean {
  return kase.fee !== null && !kase.fee.free;
}

/** The fee in tenge on the registration date; null when none is due or the act states no amount. */
function expectedFee(state: ApplicationState, kase: Service['cases'][number], now: Date): number | null {
  if (!feeDue(kase) || kase.fee?.mci == null) return null;
  const on = (state.registration?.registeredAt ?? state.submittedAt ?? now.toISOString()).slice(0, 10);
  return feeInTenge(kase.fee.mci, on).tenge;
}

function requireGrounds(service: Service, ids: string[], kind: 'incomplete' | 'other'): void {
  if (ids.length === 0)
    throw new AppError('cases.invalid_input', 'no grounds', { reason: 'cite at least one refusal ground' });
  for (const id of ids) {
    const ground = service.refusalGrounds.find((g) => g.id === id);
    if (ground === undefined) throw new AppError('cases.unknown_ground', 'unknown ground', { ground: id });
    if (ground.kind !== kind)
      throw new AppError('cases.ground_kind', 'wrong kind', {
        ground: id,
        reason:
          kind === 'incomplete'
            ? 'it is not an incompleteness ground'
            : 'incompleteness is decided at the completeness check',
      });
  }
}

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

function fireTimer(
  state: ApplicationState,
  kind: Extract<Command, { type: 'fire-timer' }>['kind'],
  ref: string | null,
  ctx: DecideContext,
): Event[] {
  const undecided = state.decision === null && !['withdrawn', 'draft', 'submitted'].includes(state.status);
  const paused = state.pauses.some((p) => p.to === null);
  switch (kind) {
    case 'signature-recheck':
      // The shell verified again and put the answer in the context; nothing to do without one.
      return ctx.signatureCheck === undefined || state.submissionSignature?.status !== 'indeterminate'
        ? []
        : [{ type: 'signature-rechecked', check: ctx.signatureCheck }];
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
      return undecided && !paused && !state.overdueFlags.some((f) => f.what === 'overall')
        ? [{ type: 'overdue-flagged', what: 'overall', ref: null }]
        : [];
    case 'objection-window':
      return [];
    case 'approval-due': {
      const law = ctx.law;
      const pending = state.approvals.find((a) => a.agency === ref && a.answeredAt === null);
      if (pending === undefined || law === null) return [];
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
    case 'tacit-consent': {
      if (!undecided || paused || ctx.service.tacitConsent?.applies !== true) return [];
      if (ctx.allocatedPermitNumber === undefined)
        throw new Error('the shell must allocate a permit number for tacit consent');
      return [
        { type: 'approved', tacit: true },
        { type: 'issued', permitNumber: ctx.allocatedPermitNumber, tacit: true },
      ];
    }
  }
}
