/**
 * The state of an application folded from its events. Every event type is handled (the
 * switch is exhaustive); nothing here decides anything — it only records. Pure.
 */
import type { Service } from '../catalog/schema.ts';
import type {
  ApplicationState,
  Event,
  Recorded,
  SignatureCheck,
  StepRecord,
  StepStart,
  SubmissionSignature,
} from './model.ts';

type Process = Service['processes'][number];

export function evolve(
  state: ApplicationState | null,
  event: Recorded,
  id: string,
  process?: Process,
): ApplicationState {
  if (event.type === 'draft-created') {
    const { type: _t, at: _a, by: _b, role: _r, ...draft } = event;
    return {
      id,
      version: 1,
      ...draft,
      status: 'draft',
      createdAt: event.at,
      submittedAt: null,
      submissionSignature: null,
      registration: null,
      deadline: null,
      estimatedDeadline: null,
      tacitConsentDue: null,
      completenessDue: null,
      completeness: 'pending',
      steps: [],
      currentStepId: null,
      payment: null,
      executorId: null,
      stateData: [],
      inspections: [],
      approvals: [],
      pauses: [],
      preliminaryDecision: null,
      objection: null,
      hearing: null,
      decision: null,
      signature: null,
      issued: null,
      deliveredAt: null,
      withdrawn: null,
      overdueFlags: [],
    };
  }
  if (state === null) throw new Error(`event ${event.type} before draft-created`);
  const s: ApplicationState = { ...state, version: state.version + 1 };
  const startStep = (start: StepStart | null): void => {
    s.currentStepId = start?.stepId ?? null;
    if (start === null) return;
    s.steps = [...s.steps, stepRecord(start, process)];
  };
  const e: Event = event;
  switch (e.type) {
    case 'draft-updated':
      return { ...s, form: { ...s.form, ...e.form } };
    case 'submitted':
      return { ...s, status: 'submitted', submittedAt: event.at, submissionSignature: kept(e.signature) };
    case 'signature-rechecked':
      return { ...s, submissionSignature: kept(e.check) };
    case 'registered':
      s.status = 'registered';
      s.registration = {
        receivedAt: e.receivedAt,
        registeredAt: e.registeredAt,
        inboundNumber: e.inboundNumber,
        official: e.official,
        explanation: e.registration,
      };
      s.deadline = e.deadline;
      s.estimatedDeadline = e.estimatedDeadline ?? null;
      s.tacitConsentDue = e.tacitConsentDue ?? null;
      s.completenessDue = e.completenessDue;
      startStep(e.firstStep);
      return s;
    case 'payment-recorded':
      return {
        ...s,
        payment: {
          invoiceId: e.invoiceId,
          amountTenge: e.amountTenge,
          transactionId: e.transactionId,
          paidAt: e.paidAt,
        },
      };
    case 'executor-assigned':
      return { ...s, executorId: e.executorId };
    case 'step-completed': {
      // The provider's and systems' steps registration completes by itself (a request filed
      // after hours) are done when it counts as registered, not when it was filed: nothing of
      // theirs is dated before registration. The applicant's own steps keep the filing time.
      const registeredAt = s.registration?.registeredAt;
      const doneAt = (r: StepRecord) =>
        r.roleKind !== 'applicant' && registeredAt !== undefined && registeredAt > event.at
          ? registeredAt
          : event.at;
      s.steps = s.steps.map((r) =>
        r.stepId === e.stepId && r.doneAt === null
          ? { ...r, doneAt: doneAt(r), doneBy: event.by, branch: e.branch, onTime: e.onTime }
          : r,
      );
      startStep(e.next);
      return s;
    }
    case 'completeness-confirmed':
      return { ...s, completeness: 'confirmed', status: s.status === 'registered' ? 'in-review' : s.status };
    case 'refused-incomplete':
      return {
        ...s,
        completeness: 'refused',
        ...refusal(event, e.groundIds, `Толық емес: ${e.missing.join('; ')}`),
      };
    case 'state-data-requested':
      return {
        ...s,
        stateData: [
          ...s.stateData,
          { source: e.source, requestedAt: event.at, answeredAt: null, found: null },
        ],
      };
    case 'state-data-recorded':
      return {
        ...s,
        stateData: s.stateData.map((d) =>
          d.source === e.source && d.answeredAt === null ? { ...d, answeredAt: event.at, found: e.found } : d,
        ),
      };
    case 'inspection-recorded':
      return {
        ...s,
        inspections: [...s.inspections, { at: event.at, positive: e.positive, conclusion: e.conclusion }],
      };
    case 'approval-requested':
      return {
        ...s,
        approvals: [
          ...s.approvals,
          {
            agency: e.agency,
            requestedAt: event.at,
            due: e.due,
            answeredAt: null,
            approved: null,
            tacit: false,
          },
        ],
      };
    case 'approval-recorded':
      return {
        ...s,
        approvals: s.approvals.map((a) =>
          a.agency === e.agency && a.answeredAt === null
            ? { ...a, answeredAt: event.at, approved: e.approved, tacit: e.tacit }
            : a,
        ),
      };
    case 'clock-paused':
      return {
        ...s,
        pauses: [
          ...s.pauses,
          { reason: e.reason, from: event.at, to: null, documents: e.documents, workingDays: null },
        ],
      };
    case 'clock-resumed':
      return {
        ...s,
        pauses: s.pauses.map((p) =>
          p.to === null
            ? {
                ...p,
                to: event.at,
                workingDays: e.pausedWorkingDays,
                calendarDays: e.pausedCalendarDays ?? null,
              }
            : p,
        ),
        deadline: e.deadline ?? s.deadline,
        estimatedDeadline: e.estimatedDeadline ?? s.estimatedDeadline ?? null,
      };
    case 'preliminary-decision-sent':
      return {
        ...s,
        preliminaryDecision: {
          sentAt: event.at,
          groundIds: e.groundIds,
          text: e.text,
          objectionDue: e.objectionDue,
        },
      };
    case 'objection-filed':
      return { ...s, objection: { filedAt: event.at, text: e.text } };
    case 'hearing-recorded':
      return { ...s, hearing: { at: event.at, text: e.text } };
    case 'approved':
      return {
        ...s,
        status: 'approved',
        decision: {
          kind: 'approve',
          at: event.at,
          by: event.by,
          tacit: e.tacit,
          groundIds: [],
          reasoning: null,
        },
      };
    case 'refused':
      return {
        ...s,
        ...refusal(event, e.groundIds, e.reasoning),
      };
    case 'signed':
      return {
        ...s,
        status: s.status === 'approved' ? 'signed' : s.status,
        signature: { id: e.signatureId, at: event.at, by: event.by, signer: e.signer },
      };
    case 'issued':
      return {
        ...s,
        status: 'issued',
        issued: { permitNumber: e.permitNumber, at: event.at, tacit: e.tacit },
      };
    case 'delivered':
      // Tacit consent: received at the instant the hand-over term ended, not when the timer ran.
      return e.deemedAt === undefined
        ? { ...s, status: 'delivered', deliveredAt: event.at }
        : { ...s, status: 'delivered', deliveredAt: e.deemedAt, deemedReceived: true };
    case 'withdrawn':
      return { ...s, status: 'withdrawn', withdrawn: { at: event.at, reason: e.reason } };
    case 'reissue-duty-reminded':
      return s.reissueDuty === undefined
        ? s
        : { ...s, reissueDuty: { ...s.reissueDuty, remindedAt: event.at } };
    case 'reissue-duty-lapsed':
      return s.reissueDuty === undefined
        ? s
        : { ...s, reissueDuty: { ...s.reissueDuty, lapsedAt: event.at } };
    case 'overdue-flagged':
      return { ...s, overdueFlags: [...s.overdueFlags, { what: e.what, ref: e.ref, at: event.at }] };
  }
}

/** A refusal, at the completeness check or at the decision: the same record of who, when and why. */
function refusal(
  event: Recorded,
  groundIds: string[],
  reasoning: string,
): Pick<ApplicationState, 'status' | 'decision'> {
  return {
    status: 'refused',
    decision: { kind: 'refuse', at: event.at, by: event.by, tacit: false, groundIds, reasoning },
  };
}

/** The check as the state keeps it: the CMS only while a recheck will need it (SubmissionSignature). */
function kept(check: SignatureCheck | null): SubmissionSignature | null {
  if (check === null || check.status === 'indeterminate') return check;
  const { cms: _cms, ...rest } = check;
  return rest;
}

function stepRecord(start: StepStart, process: Process | undefined): StepRecord {
  const step = process?.steps.find((x) => x.id === start.stepId);
  const participant = process?.participants.find((p) => p.id === step?.role);
  return {
    ...start,
    role: participant?.name ?? step?.role ?? '',
    roleKind: participant?.kind ?? 'other',
    doneAt: null,
    doneBy: null,
    branch: null,
    onTime: null,
  };
}
