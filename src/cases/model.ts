/**
 * The application (өтініш) as the engine sees it: the commands people and timers give, the
 * events that record what happened, and the state folded from those events. Plain data, so the
 * store can keep it as JSON and the decision core stays pure.
 */
import type {
  ApplicantType,
  BranchCondition,
  CaseKind,
  Duration,
  ParticipantKind,
} from '../catalog/schema.ts';
import type { KeptExplanation } from '../calendar/kept-explanation.ts';
import type { z } from 'zod';

export type Channel = 'egov-portal' | 'elicense-portal' | 'provider-office' | 'post' | 'state-corporation';
/** The electronic channels: a request there is signed with an EDS and registers itself. */
export const portalChannels: ReadonlySet<Channel> = new Set(['egov-portal', 'elicense-portal']);
export type RoleKind = z.infer<typeof ParticipantKind>;
export type Branch = z.infer<typeof BranchCondition>;

/** Who gives a command: a person in one of the roles the acts name, or the system itself. */
export interface Actor {
  id: string;
  role: RoleKind | 'system';
  /** Officials act only for their provider. */
  providerId?: string;
}

export interface Applicant {
  id: string;
  type: z.infer<typeof ApplicantType>;
  name: string;
}

export type Command =
  | {
      type: 'create-draft';
      serviceId: string;
      caseId: string;
      /** Absent: the first portal the service offers (e-Gov when it offers none). */
      channel?: Channel;
      applicant: Applicant;
      /** The permit a reissue, duplicate or appendix acts on. */
      permitNumber?: string;
      /** What the applicant declares where the case's catalog entry names a ground (seed 004 11-т.). */
      ground?: ApplicationGround;
      form?: Record<string, unknown>;
      /** The provider's territorial unit the application is addressed to; absent: any unit. */
      unitId?: string;
    }
  | { type: 'update-draft'; form: Record<string, unknown> }
  /** `signature`: the applicant's CMS (base64) over `applicationContent` of the draft. */
  | { type: 'submit'; signature?: string }
  | { type: 'register'; inboundNumber: string }
  | { type: 'record-payment'; invoiceId: string; amountTenge: number; transactionId: string; paidAt: string }
  | { type: 'assign-executor'; executorId: string }
  | { type: 'complete-step'; stepId: string; branch?: Branch; note?: string }
  | { type: 'check-completeness'; complete: true }
  | { type: 'check-completeness'; complete: false; missing: string[]; groundIds: string[] }
  | { type: 'request-state-data'; source: string }
  | { type: 'record-state-data'; source: string; found: boolean; data?: unknown }
  | { type: 'record-inspection'; positive: boolean; conclusion: string }
  | { type: 'request-approval'; agency: string }
  | { type: 'record-approval'; agency: string; approved: boolean; text: string }
  | { type: 'request-documents'; documents: string[] }
  | { type: 'provide-documents' }
  | { type: 'send-preliminary-decision'; groundIds: string[]; text: string }
  | { type: 'file-objection'; text: string }
  | { type: 'record-hearing'; text: string }
  | { type: 'decide'; decision: 'approve' }
  | { type: 'decide'; decision: 'refuse'; groundIds: string[]; reasoning: string }
  /** The shell fills `cms` and `signer` when it signs with the official's key. */
  | { type: 'sign'; signatureId: string; cms?: string; signer?: SignerInfo }
  | { type: 'issue'; permitNumber: string }
  | { type: 'deliver' }
  | { type: 'withdraw'; reason: string }
  | { type: 'fire-timer'; kind: TimerKind; ref?: string };

export type CommandType = Command['type'];

/**
 * The applicant's declared ground: a duplicate because the licence was lost or damaged; a
 * reissue because of a change (e.g. the name of the kind of activity) made on `changedOn`.
 */
export type ApplicationGround =
  { kind: 'loss' | 'damage'; note: string | null } | { kind: 'change'; change: string; changedOn: string };

/**
 * The licensee's duty to apply for the reissue within a term of the change (seed 004 11-т.: 30
 * calendar days): the last moment, when the reminder goes out, and when it was found lapsed.
 */
export interface ReissueDuty {
  changedOn: string;
  applyBy: Due;
  remindAt: string;
  remindedAt: string | null;
  lapsedAt: string | null;
}

export type TimerKind =
  | 'signature-recheck'
  | 'step-due'
  | 'overall-due'
  | 'completeness-window'
  | 'objection-window'
  | 'approval-due'
  | 'tacit-consent'
  | 'reissue-reminder'
  | 'reissue-lapse';

export interface SignerInfo {
  iin: string | null;
  bin: string | null;
  role: string;
  subject: string;
}

/**
 * What the verification of a signature found. `indeterminate`: everything checked but the
 * certificate's revocation, which could not be asked at `checkedAt` — the submission is kept and
 * the check retried; no deadline runs against the applicant because of it.
 */
export interface SignatureCheck {
  status: 'valid' | 'indeterminate' | 'invalid';
  code: string;
  signer: SignerInfo | null;
  signedAt: string | null;
  checkedAt: string;
  reason: string | null;
  /** The signature itself (base64 CMS), kept to verify again later. */
  cms: string;
}

/**
 * A submission's signature check as the state keeps it: the CMS (4 kB and more) only while the
 * revocation check is to be tried again, which is all that reads it; the `submitted` event keeps
 * it for good. Every command rewrites the state, so what it need not hold it does not carry.
 */
export type SubmissionSignature = Omit<SignatureCheck, 'cms'> & { cms?: string };

/** A computed due time with the reasoning behind it (the calendar's words left to the calendar). */
export interface Due {
  at: string;
  duration: Duration;
  explanation: KeptExplanation;
}

export type Event =
  | {
      type: 'draft-created';
      serviceId: string;
      serviceVersion: number;
      actId: string;
      caseId: string;
      caseKind: CaseKind;
      channel: Channel;
      processId: string | null;
      providerId: string;
      applicant: Applicant;
      permitNumber: string | null;
      form: Record<string, unknown>;
      /** Absent on applications addressed to no unit (and on those created before units existed). */
      unitId?: string;
      /** Absent where the case names no ground (and on drafts created before grounds existed). */
      ground?: ApplicationGround;
      reissueDuty?: ReissueDuty;
    }
  | { type: 'draft-updated'; form: Record<string, unknown> }
  | { type: 'submitted'; signature: SignatureCheck | null }
  | {
      type: 'registered';
      receivedAt: string;
      registeredAt: string;
      inboundNumber: string;
      official: string;
      /** Registration explained (after hours → next working day). */
      registration: KeptExplanation;
      /** The case's term where the act states it (a legal term); null otherwise. */
      deadline: Due | null;
      /** Where the act gives only step terms: their sum, an estimate, never a legal term (absent before issue 13). */
      estimatedDeadline?: Due | null;
      /** When the result counts as received if not handed over (seed 004 16-т.); absent: no tacit consent. */
      tacitConsentDue?: Due | null;
      completenessDue: Due | null;
      firstStep: StepStart | null;
    }
  | {
      type: 'payment-recorded';
      invoiceId: string;
      amountTenge: number;
      transactionId: string;
      paidAt: string;
    }
  | { type: 'executor-assigned'; executorId: string }
  | {
      type: 'step-completed';
      stepId: string;
      branch: Branch | null;
      note: string | null;
      onTime: boolean | null;
      next: StepStart | null;
    }
  | { type: 'completeness-confirmed' }
  | { type: 'refused-incomplete'; missing: string[]; groundIds: string[] }
  | { type: 'state-data-requested'; source: string }
  | { type: 'state-data-recorded'; source: string; found: boolean; data: unknown }
  | { type: 'inspection-recorded'; positive: boolean; conclusion: string }
  | { type: 'approval-requested'; agency: string; due: Due | null }
  | { type: 'approval-recorded'; agency: string; approved: boolean; text: string; tacit: boolean }
  | { type: 'clock-paused'; reason: 'awaiting-documents'; documents: string[] }
  | {
      type: 'clock-resumed';
      pausedWorkingDays: number;
      /** The calendar days it stood, for terms counted in calendar days (absent before issue 13). */
      pausedCalendarDays?: number;
      deadline: Due | null;
      /** The moved estimate where the case has no legal term. */
      estimatedDeadline?: Due | null;
    }
  | { type: 'preliminary-decision-sent'; groundIds: string[]; text: string; objectionDue: Due | null }
  | { type: 'objection-filed'; text: string }
  | { type: 'hearing-recorded'; text: string }
  | { type: 'approved'; tacit: boolean }
  | { type: 'refused'; groundIds: string[]; reasoning: string }
  | { type: 'signed'; signatureId: string; cms: string | null; signer: SignerInfo | null }
  | { type: 'signature-rechecked'; check: SignatureCheck }
  | { type: 'issued'; permitNumber: string; tacit: boolean }
  /**
   * The result handed over; with `deemedAt`, not handed over but counting as received at that
   * instant by tacit consent (seed 004 16-т.: the hand-over term passed).
   */
  | { type: 'delivered'; deemedAt?: string }
  | { type: 'withdrawn'; reason: string }
  | { type: 'overdue-flagged'; what: 'step' | 'overall'; ref: string | null }
  /** The reminder that the duty to apply for the reissue lapses soon (sent through the outbox). */
  | { type: 'reissue-duty-reminded'; lastDay: string }
  /** The duty's term passed before the application was submitted: the case is flagged late. */
  | { type: 'reissue-duty-lapsed'; lastDay: string };

/** Event as stored: the fact plus who and when. */
export type Recorded<E extends Event = Event> = E & { at: string; by: string; role: Actor['role'] };

export interface StepStart {
  stepId: string;
  startedAt: string;
  due: Due | null;
}

/**
 * A step as the state keeps it. Its wording (label, short, the act's action) is the catalog's,
 * looked up by `stepId` when shown (timeline.ts): the state, rewritten by every command, does not
 * carry copies of it. States saved before may still hold them; nothing reads them.
 */
export interface StepRecord extends StepStart {
  /** The participant's name in the act (the stage data's role). */
  role: string;
  roleKind: RoleKind;
  doneAt: string | null;
  doneBy: string | null;
  branch: Branch | null;
  onTime: boolean | null;
}

export type Status =
  | 'draft'
  | 'submitted'
  | 'registered'
  | 'in-review'
  | 'approved'
  | 'refused'
  | 'signed'
  | 'issued'
  | 'delivered'
  | 'withdrawn';

export interface ApplicationState {
  id: string;
  version: number;
  serviceId: string;
  serviceVersion: number;
  actId: string;
  caseId: string;
  caseKind: CaseKind;
  channel: Channel;
  processId: string | null;
  providerId: string;
  applicant: Applicant;
  permitNumber: string | null;
  form: Record<string, unknown>;
  /** The territorial unit it is addressed to; absent: the whole provider's. */
  unitId?: string;
  /** The declared ground of a duplicate or reissue, where the catalog requires one. */
  ground?: ApplicationGround;
  /** The 30-day duty of a reissue (seed 004 11-т.), tracked from the declared change. */
  reissueDuty?: ReissueDuty;
  status: Status;
  createdAt: string;
  submittedAt: string | null;
  /** The applicant's EDS on the submission, as last checked. */
  submissionSignature: SubmissionSignature | null;
  registration: {
    receivedAt: string;
    registeredAt: string;
    inboundNumber: string;
    official: string;
    explanation: KeptExplanation;
  } | null;
  /** The case's term as the act states it: a legal term, or null where the act states none. */
  deadline: Due | null;
  /**
   * Where the act defers the overall term to another act (seeds 001–003) and the catalog sums the
   * steps: shown as an estimate, never used as a legal term. Absent on applications before issue 13.
   */
  estimatedDeadline?: Due | null;
  /** The instant the result counts as received if still not handed over (seed 004 16-т.). */
  tacitConsentDue?: Due | null;
  completenessDue: Due | null;
  completeness: 'pending' | 'confirmed' | 'refused';
  steps: StepRecord[];
  currentStepId: string | null;
  payment: { invoiceId: string; amountTenge: number; transactionId: string; paidAt: string } | null;
  executorId: string | null;
  stateData: { source: string; requestedAt: string; answeredAt: string | null; found: boolean | null }[];
  inspections: { at: string; positive: boolean; conclusion: string }[];
  approvals: {
    agency: string;
    requestedAt: string;
    due: Due | null;
    answeredAt: string | null;
    approved: boolean | null;
    tacit: boolean;
  }[];
  pauses: {
    reason: string;
    from: string;
    to: string | null;
    documents: string[];
    workingDays: number | null;
    /** Calendar days it stood (absent before issue 13). */
    calendarDays?: number | null;
  }[];
  preliminaryDecision: { sentAt: string; groundIds: string[]; text: string; objectionDue: Due | null } | null;
  objection: { filedAt: string; text: string } | null;
  hearing: { at: string; text: string } | null;
  decision: {
    kind: 'approve' | 'refuse';
    at: string;
    by: string;
    tacit: boolean;
    groundIds: string[];
    reasoning: string | null;
  } | null;
  /** The official's EDS on the result; its CMS is in the `signed` event and the document record. */
  signature: { id: string; at: string; by: string; signer: SignerInfo | null } | null;
  issued: { permitNumber: string; at: string; tacit: boolean } | null;
  deliveredAt: string | null;
  /** True when the result was not handed over and counts as received by tacit consent (seed 004 16-т.). */
  deemedReceived?: boolean;
  withdrawn: { at: string; reason: string } | null;
  overdueFlags: { what: 'step' | 'overall'; ref: string | null; at: string }[];
}
