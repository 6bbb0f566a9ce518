/**
 * Intake: the applicant creates and fills in a draft, pays, signs and submits it, the request
 * is registered (by the portal at once, by a clerk for paper), and the applicant may withdraw
 * it until it is decided. Pure.
 */
import { keep } from '../../calendar/kept-explanation.ts';
import type { Service } from '../../catalog/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { dueAfter, isLegalTerm, tacitConsentDue } from '../deadlines.ts';
import { portalChannels, type Channel, type Event } from '../model.ts';
import { requireApplicant, requireOfficial } from '../roles.ts';
import type { CommandOf, DecideContext, OnCase, Process } from './context.ts';
import { declareGround, lapseIfLate } from './declared-ground.ts';
import { expectedFee } from './fees.ts';
import { automaticSteps, stepStart, termStart } from './steps.ts';

export type IntakeCommand = CommandOf<'update-draft' | 'submit' | 'register' | 'record-payment' | 'withdraw'>;

export function decideIntake(command: IntakeCommand, on: OnCase): Event[] {
  const { state, actor, now, process } = on;
  switch (command.type) {
    case 'update-draft':
      requireApplicant(state, actor);
      return [{ type: 'draft-updated', form: command.form }];

    case 'submit': {
      requireApplicant(state, actor);
      const signature = on.signatureCheck ?? null;
      if (signature?.status === 'invalid')
        throw new AppError('cases.signature_invalid', 'invalid EDS', {
          code: signature.code,
          reason: signature.reason ?? '',
        });
      // A reissue applied for after its duty lapsed is flagged, whatever the timer did (seed 004 11-т.).
      const late = lapseIfLate(state, now);
      if (!portalChannels.has(state.channel)) return [...late, { type: 'submitted', signature }];
      // The portal registers an electronic request the day it arrives (or the next working day).
      if (on.allocatedInboundNumber === undefined)
        throw new Error('the shell must allocate an inbound number for a portal submission');
      return [
        ...late,
        { type: 'submitted', signature },
        ...registration(on, now, on.allocatedInboundNumber, 'system'),
      ];
    }

    case 'register': {
      requireOfficial(state, actor, process, ['office-clerk', 'state-corporation-operator']);
      const received = state.submittedAt === null ? now : new Date(state.submittedAt);
      return registration(on, received, command.inboundNumber, actor.id);
    }

    case 'record-payment': {
      // On the portals the fee is paid while the application is still a draft, before it is
      // signed and sent (seed 000, annex 2 row 6 and the process: fill in → pay → submit).
      if (actor.role !== 'system') requireApplicant(state, actor);
      const expected = expectedFee(state, on.kase, now);
      if (expected !== null && command.amountTenge !== expected)
        throw new AppError('cases.payment_amount', 'amount mismatch', { expected, got: command.amountTenge });
      if (!(command.amountTenge > 0))
        throw new AppError('cases.invalid_input', 'amount', { reason: 'amount ≤ 0' });
      const { type: _t, ...payment } = command;
      return [{ type: 'payment-recorded', ...payment }];
    }

    case 'withdraw':
      requireApplicant(state, actor);
      return [{ type: 'withdrawn', reason: command.reason }];
  }
}

/**
 * A new draft: the case, channel and applicant type the service offers, the permit it acts on,
 * and the territorial unit it is addressed to — all in the one event, so creating it is one write.
 */
export function createDraft(command: CommandOf<'create-draft'>, ctx: DecideContext): Event[] {
  const { service, actor } = ctx;
  if (actor.role !== 'applicant' || actor.id !== command.applicant.id)
    throw new AppError('cases.not_applicant', 'only the applicant creates a draft');
  const providerId = providerIdOf(service);
  const { unitId } = command;
  if (unitId !== undefined && !(ctx.units ?? []).includes(unitId))
    throw new AppError('admin.unknown_unit', `${unitId} is not a unit of ${providerId}`, {
      unitId,
      providerId,
      units: ctx.units?.join(', ') || '—',
    });
  const kase = service.cases.find((c) => c.id === command.caseId);
  if (kase === undefined)
    throw new AppError('catalog.unknown_case', 'unknown case', {
      id: service.id,
      case: command.caseId,
      cases: service.cases.map((c) => c.id).join(', '),
    });
  const channels = service.channels.map((c) => c.kind);
  const channel = command.channel ?? channels.find((c) => portalChannels.has(c)) ?? 'egov-portal';
  if (!channels.includes(channel))
    throw new AppError('cases.channel_not_offered', 'channel', {
      channel,
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
  // What the act requires the applicant to declare: loss or damage, or the change and its date.
  const declared = onPermit ? declareGround(kase, command.ground, ctx.now, ctx.time) : {};
  const created: Event = {
    type: 'draft-created',
    serviceId: service.id,
    serviceVersion: service.version,
    actId: ctx.actId,
    caseId: kase.id,
    caseKind: kase.kind,
    channel,
    processId: chooseProcess(service, kase.id, channel)?.id ?? null,
    providerId,
    applicant: command.applicant,
    permitNumber: onPermit ? (command.permitNumber ?? null) : null,
    form: command.form ?? {},
    ...(unitId === undefined ? {} : { unitId }),
    ...declared,
  };
  return [created, ...lapseIfLate(declared, ctx.now)];
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

/**
 * When a request counts as registered. The next-working-day rule is the act's, per channel
 * (`afterHoursNextWorkingDay` of the channel's schedule): seed 000 p.9 has it; seed 004 p.9 2)
 * has the portal working round the clock, so a portal filing at 12:30 is filed that day.
 */
function registrationRule(on: OnCase, received: Date) {
  const schedule = on.service.schedules.find((x) => x.who === on.state.channel);
  if (!portalChannels.has(on.state.channel) || schedule?.afterHoursNextWorkingDay !== false)
    return on.time.office.registrationInstant(received);
  const date = on.time.office.dateOf(received);
  return {
    instant: received,
    moved: false,
    explanation: {
      rule: 'the portal works round the clock: a request counts as filed the day it arrives',
      sources: [schedule.source],
      start: date,
      result: date,
      skipped: [],
      notes: [],
    },
  };
}

/**
 * The registration, and the steps it completes by itself (see automaticSteps). Each term starts
 * where the act says (`countsFrom`): seed 004 p.7 counts the service's term from the day of
 * submission, so a clerk registering late does not shift it; the others from registration.
 */
function registration(on: OnCase, received: Date, inboundNumber: string, official: string): Event[] {
  const { kase, process, now } = on;
  const reg = registrationRule(on, received);
  const registeredAt = reg.instant.getTime() < now.getTime() ? now : reg.instant;
  const anchors = { registeredAt, submittedAt: received };
  const firstStep =
    process === undefined ? null : stepStart(process, process.start, registeredAt, on, anchors);
  const deadlineFrom = kase.deadline?.countsFrom === 'submission' ? received : registeredAt;
  // A term the act states is the deadline; a sum of the steps (seeds 001–003) only an estimate.
  const term = kase.deadline === null ? null : dueAfter(deadlineFrom, kase.deadline, on.time);
  const legal = term !== null && kase.deadline !== null && isLegalTerm(kase.deadline);
  const deadline = legal ? term : null;
  const registered: Event = {
    type: 'registered',
    receivedAt: received.toISOString(),
    registeredAt: registeredAt.toISOString(),
    inboundNumber,
    official,
    registration: keep(reg.explanation),
    deadline,
    estimatedDeadline: legal ? null : term,
    tacitConsentDue: tacitConsentDue(on.service, kase.kind, deadline, on.time),
    completenessDue:
      kase.completenessCheck === null
        ? null
        : dueAfter(termStart(kase.completenessCheck, registeredAt, anchors), kase.completenessCheck, on.time),
    firstStep,
  };
  return process === undefined
    ? [registered]
    : [registered, ...automaticSteps(process, firstStep, registeredAt, on, true, anchors)];
}
