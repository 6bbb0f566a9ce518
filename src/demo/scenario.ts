/**
 * Drives one application end to end on the simulated clock, the way the people the act names
 * would: the applicant applies and pays through the gateway simulator, officials take each
 * step in the role its catalog step names, and timers fire as time passes. Used by
 * `ruqsat demo run` and by the tests that run every service of the catalog.
 */
import type { Resolved } from '../catalog/catalog.ts';
import type { Service } from '../catalog/schema.ts';
import type { SimulatedClock } from '../cases/clock.ts';
import { chooseProcess } from '../cases/decide.ts';
import type { Actor, ApplicationState, Channel, Command, RoleKind } from '../cases/model.ts';
import { timeline, type TimelineStep } from '../cases/timeline.ts';
import { AppError } from '../errors/app-error.ts';
import { demoCompanies, demoPeople } from '../integrations/index.ts';
import type { Platform } from '../platform.ts';
import { applicationContent } from '../cases/eds.ts';
import { signDetached } from '../signature/sign.ts';

export const outcomes = ['issue', 'refuse-incomplete', 'refuse-after-hearing', 'tacit-consent'] as const;
export type Outcome = (typeof outcomes)[number];

export interface ScenarioResult {
  service: string;
  serviceVersion: number;
  repealed: boolean;
  applicationId: string;
  outcome: Outcome;
  /** False when the act gives this outcome no way to happen (e.g. no tacit consent). */
  applicable: boolean;
  reached: boolean;
  status: ApplicationState['status'] | null;
  note: string | null;
  steps: TimelineStep[];
}

const refusalBranches = new Set(['refusal-grounds', 'negative', 'requirements-not-met']);

export async function runScenario(
  platform: Platform,
  clock: SimulatedClock,
  entry: Resolved,
  outcome: Outcome,
  applicationId: string,
): Promise<ScenarioResult> {
  const { engine } = platform;
  const service = entry.service;
  const result = (
    applicable: boolean,
    reached: boolean,
    state: ApplicationState | null,
    note: string | null,
  ): ScenarioResult => ({
    service: service.id,
    serviceVersion: service.version,
    repealed: entry.repealed,
    applicationId,
    outcome,
    applicable,
    reached,
    status: state?.status ?? null,
    note,
    steps: state === null ? [] : timeline(state, clock.now(), engine.serviceOf(state).office, service).steps,
  });

  const kase =
    service.cases.find((c) => c.kind === 'issue') ??
    service.cases.find((c) => !['reissue', 'duplicate', 'appendix'].includes(c.kind));
  if (kase === undefined)
    return result(false, false, null, 'every case of this service acts on an existing permit');
  const incomplete = service.refusalGrounds.find((g) => g.kind === 'incomplete');
  const other = service.refusalGrounds.find((g) => g.kind === 'other');
  if (outcome === 'refuse-incomplete' && incomplete === undefined)
    return result(false, false, null, 'the act names no incompleteness ground');
  if (outcome === 'refuse-after-hearing' && other === undefined)
    return result(false, false, null, 'the act names no refusal ground');
  if (outcome === 'tacit-consent' && service.tacitConsent?.applies !== true)
    return result(false, false, null, 'the act provides no tacit consent');

  const company = demoCompanies.find((c) => c.status === 'active');
  const person = demoPeople.find((p) => p.status === 'active');
  const legal = service.applicantTypes.includes('legal-entity') && company !== undefined;
  const applicant = legal
    ? { id: company.bin, type: 'legal-entity' as const, name: company.name.kk }
    : {
        id: person?.iin ?? '',
        type: service.applicantTypes.includes('individual')
          ? ('individual' as const)
          : ('entrepreneur' as const),
        name: person === undefined ? '' : `${person.lastName} ${person.firstName}`,
      };
  const me: Actor = { id: applicant.id, role: 'applicant' };
  const channel = preferredChannel(service);
  const process = chooseProcess(service, kase.id, channel);
  const officialOf = (wanted: RoleKind[]): Actor => {
    const named = process?.participants.map((p) => p.kind) ?? [];
    const role =
      wanted.find((r) => named.includes(r)) ??
      named.find((r) => !['applicant', 'information-system', 'approving-agency'].includes(r)) ??
      wanted[0] ??
      'other';
    return { id: `demo-${role}`, role };
  };
  let n = 0;
  const run = (command: Command, actor: Actor) =>
    engine.execute(applicationId, command, { actor, idempotencyKey: `${applicationId}:${++n}` });
  const state = () => engine.get(applicationId);
  const tick = async (minutes: number) => {
    clock.advanceMinutes(minutes);
    await engine.fireDueTimers();
  };

  try {
    await run({ type: 'create-draft', serviceId: service.id, caseId: kase.id, channel, applicant }, me);
    await run(
      {
        type: 'submit',
        ...(await signature(platform, applicationId, legal ? company : null, person, clock.now())),
      },
      me,
    );
    if ((await state()).status === 'submitted') {
      await tick(30);
      await run(
        { type: 'register', inboundNumber: '' },
        officialOf(['office-clerk', 'state-corporation-operator']),
      );
    }
    // Nothing is done before the request counts as registered (after hours: the next working day).
    const registeredAt = (await state()).registration?.registeredAt;
    if (registeredAt !== undefined && Date.parse(registeredAt) > clock.now().getTime())
      clock.set(new Date(registeredAt));
    if (kase.fee !== null && !kase.fee.free) {
      const invoice = await platform.simulators.payments.createInvoice({
        applicationId,
        payerId: applicant.id,
        mci: kase.fee.mci ?? 1,
        date:
          (await state()).registration?.registeredAt.slice(0, 10) ?? clock.now().toISOString().slice(0, 10),
        purpose: kase.title.kk,
      });
      const paid = platform.simulators.payments.pay(invoice.invoiceId);
      const confirmation = await platform.simulators.payments.verifyCallback(
        paid.rawBody,
        paid.signatureHeader,
      );
      await run(
        {
          type: 'record-payment',
          invoiceId: confirmation.invoiceId,
          amountTenge: confirmation.amountTenge,
          transactionId: confirmation.transactionId,
          paidAt: confirmation.paidAt,
        },
        { id: 'payment-gateway', role: 'system' },
      );
    }
    const reviewer = officialOf(['executor', 'unit-head', 'head', 'office-clerk']);
    await tick(20);
    if (outcome === 'refuse-incomplete' && incomplete !== undefined) {
      await run(
        { type: 'check-completeness', complete: false, missing: ['1-қосымша'], groundIds: [incomplete.id] },
        reviewer,
      );
      const s = await state();
      return result(true, s.status === 'refused' && s.decision?.groundIds[0] === incomplete.id, s, null);
    }
    await run({ type: 'check-completeness', complete: true }, reviewer);

    if (outcome === 'tacit-consent') {
      const s = await state();
      // Seed 004 16-т.: counts as received once the hand-over term after the deadline has passed.
      const due = s.tacitConsentDue ?? null;
      if (due !== null) clock.set(new Date(Date.parse(due.at) + 60_000));
      await engine.fireDueTimers();
      const after = await state();
      return result(
        true,
        after.status === 'delivered' && after.deemedReceived === true && after.issued?.tacit === true,
        after,
        null,
      );
    }

    const decider = officialOf(['head', 'unit-head', 'commission', 'executor']);
    if (outcome === 'refuse-after-hearing' && other !== undefined && service.hearing !== null) {
      await run({ type: 'send-preliminary-decision', groundIds: [other.id], text: other.text.kk }, decider);
      await tick(60);
      await run({ type: 'file-objection', text: 'Қарсылық: құжаттар толық ұсынылды' }, me);
      await tick(120);
      await run({ type: 'record-hearing', text: 'Тыңдау өтті: қарсылық қаралды' }, decider);
    }

    await walkSteps(platform, clock, applicationId, outcome === 'refuse-after-hearing', me, tick);

    if (outcome === 'refuse-after-hearing' && other !== undefined) {
      await run(
        { type: 'decide', decision: 'refuse', groundIds: [other.id], reasoning: other.text.kk },
        decider,
      );
      await run(
        { type: 'sign', signatureId: `demo-signature-${applicationId}` },
        officialOf(['head', 'unit-head']),
      );
      await run({ type: 'deliver' }, { id: 'system', role: 'system' });
      const s = await state();
      return result(true, s.status === 'delivered' && s.decision?.kind === 'refuse', s, null);
    }
    await run({ type: 'decide', decision: 'approve' }, decider);
    await run(
      { type: 'sign', signatureId: `demo-signature-${applicationId}` },
      officialOf(['head', 'unit-head']),
    );
    await run({ type: 'issue', permitNumber: '' }, { id: 'system', role: 'system' });
    await run({ type: 'deliver' }, { id: 'system', role: 'system' });
    const s = await state();
    return result(true, s.status === 'delivered' && s.issued !== null && !s.issued.tacit, s, null);
  } catch (error) {
    const s = await engine.get(applicationId).catch(() => null);
    return result(
      true,
      false,
      s,
      error instanceof AppError ? `${error.code}: ${error.message}` : String(error),
    );
  }
}

/** Each step in turn, by the role it names, half-way into its due time so it is done on time. */
async function walkSteps(
  platform: Platform,
  clock: SimulatedClock,
  applicationId: string,
  refusing: boolean,
  applicant: Actor,
  tick: (minutes: number) => Promise<void>,
) {
  const { engine } = platform;
  for (let guard = 0; guard < 60; guard++) {
    const s = await engine.get(applicationId);
    const current = s.steps.find((x) => x.stepId === s.currentStepId && x.doneAt === null);
    if (current === undefined) return;
    const { service } = engine.serviceOf(s);
    const step = service.processes
      .find((p) => p.id === s.processId)
      ?.steps.find((x) => x.id === current.stepId);
    if (step === undefined) return;
    if (current.due !== null) {
      // Half of the working time left, so the step is done on time and inside office hours.
      const { office } = engine.serviceOf(s);
      const half = Math.floor(office.remainingWorkingTime(clock.now(), new Date(current.due.at)) / 2);
      if (half > 0) clock.set(office.addWorkingTime(clock.now(), half));
      await engine.fireDueTimers();
    } else await tick(10);
    const actor: Actor =
      current.roleKind === 'applicant'
        ? applicant
        : current.roleKind === 'information-system'
          ? { id: 'system', role: 'system' }
          : { id: `demo-${current.roleKind}`, role: current.roleKind };
    const branch = step.branches.find((b) => (refusing ? refusalBranches.has(b.condition) : false));
    await engine.execute(
      applicationId,
      { type: 'complete-step', stepId: step.id, ...(branch ? { branch: branch.condition } : {}) },
      { actor, idempotencyKey: `${applicationId}:step:${guard}` },
    );
  }
}

/** The applicant's EDS over the draft, made with the test PKI's key for them (none without a PKI). */
async function signature(
  platform: Platform,
  applicationId: string,
  company: (typeof demoCompanies)[number] | null,
  person: (typeof demoPeople)[number] | undefined,
  now: Date,
): Promise<{ signature?: string }> {
  if (platform.pki === null) return {};
  const draft = await platform.engine.get(applicationId);
  const key =
    company !== null
      ? await platform.pki.keyFor({ iin: company.head.iin, bin: company.bin, role: 'legal' })
      : await platform.pki.keyFor({ iin: person?.iin ?? draft.applicant.id, role: 'individual' });
  return { signature: signDetached(applicationContent(draft), key, now).base64 };
}

/** The portal where the act offers it (registered at once), otherwise the first channel. */
function preferredChannel(service: Service): Channel {
  const kinds = service.channels.map((c) => c.kind);
  return kinds.find((k) => k === 'egov-portal' || k === 'elicense-portal') ?? kinds[0] ?? 'provider-office';
}
