/**
 * The permits the registry holds (licenses, certificates, conclusions, registrations …) and
 * the changes the acts allow to them: issue, appendix, reissue, duplicate, suspension,
 * resumption, termination. Every change is a pure function of the permit, the command and the
 * clock: it returns the new permit, or a refusal saying why the change is not allowed; the
 * permit passed in is never modified, so a refused command changes nothing.
 *
 * Which changes a status allows is data (`allowedActions`), not scattered conditions. Two
 * statuses are final: `terminated`, and `reissued` (the permit lives on under a new number,
 * to which it links). A duplicate is not a status: it is a copy of the same permit with the
 * same force (seed 001, "лицензияның телнұсқасы"), so the permit stays active and counts its
 * duplicates. Unique numbers and a gap-free sequence are the store's job, not this module's.
 */
import { AppError, type ErrorCode } from '../errors/app-error.ts';
import { checkId } from '../identity/iin-bin.ts';
import { fromDayNumber, toDayNumber, type LocalDate } from '../calendar/local-date.ts';
import { timeZone } from '../calendar/index.ts';
import type { ImportedFrom } from './import.ts';
import { PERMIT_NUMBER_EXAMPLE, appendixNumber, checkPermitNumber } from './permit-number.ts';

/** The kinds of result the catalog's services issue (src/catalog/schema.ts `Result.kind`). */
export const permitKinds = [
  'license',
  'certificate',
  'attestat',
  'conclusion',
  'registration',
  'notification-acceptance',
  'other',
] as const;
export type PermitKind = (typeof permitKinds)[number];

export type PermitStatus = 'active' | 'suspended' | 'terminated' | 'reissued';
export type AppendixStatus = 'active' | 'suspended' | 'terminated' | 'reissued';

export type HolderKind = 'individual' | 'legal-entity';

export type HistoryAction =
  | 'issued'
  | 'reissued-from'
  | 'appendix-added'
  | 'appendix-terminated'
  | 'duplicate-issued'
  | 'suspended'
  | 'resumed'
  | 'terminated'
  | 'reissued'
  | 'imported';

/** One change to a permit: when, by whom (an official's or system's id), why, on what basis. */
export interface HistoryEntry {
  readonly at: string;
  readonly by: string;
  readonly action: HistoryAction;
  readonly reason: string | null;
  /** The document the change rests on: a court decision, an order, the application. */
  readonly basis: string | null;
  readonly applicationId: string | null;
  /** The other permit's number (reissue) or the appendix's number the change concerns. */
  readonly ref: string | null;
  /** For a suspension: the last day it lasts. */
  readonly until: LocalDate | null;
}

export interface Appendix {
  readonly number: string;
  /** The sub-kind of activity the appendix allows (лицензияға қосымша: подвид деятельности). */
  readonly subtype: string;
  readonly status: AppendixStatus;
  readonly issuedAt: LocalDate;
  readonly applicationId: string;
  /** The number this appendix had under the permit it was carried over from by a reissue. */
  readonly previousNumber: string | null;
}

export interface Permit {
  readonly number: string;
  readonly holderId: string;
  readonly holderKind: HolderKind;
  readonly serviceId: string;
  readonly kind: PermitKind;
  readonly subtype: string | null;
  readonly issuedAt: LocalDate;
  readonly applicationId: string;
  readonly status: PermitStatus;
  /** Set exactly while the permit is suspended. */
  readonly suspendedUntil: LocalDate | null;
  /** The permit this one replaced by a reissue. */
  readonly reissuedFrom: string | null;
  /** The permit that replaced this one; set exactly when the status is `reissued`. */
  readonly reissuedTo: string | null;
  readonly duplicates: number;
  readonly appendices: readonly Appendix[];
  readonly history: readonly HistoryEntry[];
  /** A permit issued outside Ruqsat and brought into the registry (src/registry/import.ts). */
  readonly imported?: ImportedFrom;
}

/** A change's result: the value, or the reason it was refused (nothing changed then). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

export type PermitAction =
  'addAppendix' | 'terminateAppendix' | 'reissue' | 'issueDuplicate' | 'suspend' | 'resume' | 'terminate';

/**
 * What each status allows. A suspended permit may still be terminated, resumed or get a
 * duplicate (the paper is still the holder's), but nothing that widens or renames it.
 */
export const allowedActions: Readonly<Record<PermitStatus, readonly PermitAction[]>> = {
  active: ['addAppendix', 'terminateAppendix', 'reissue', 'issueDuplicate', 'suspend', 'terminate'],
  suspended: ['issueDuplicate', 'resume', 'terminate'],
  terminated: [],
  reissued: [],
};

export interface IssuePermit {
  number: string;
  holderId: string;
  serviceId: string;
  kind: PermitKind;
  subtype?: string | null;
  issuedAt: LocalDate;
  applicationId: string;
  by: string;
}

export interface AddAppendix {
  subtype: string;
  issuedAt: LocalDate;
  applicationId: string;
  by: string;
  basis?: string | null;
}

export interface TerminateAppendix {
  appendixNumber: string;
  reason: string;
  basis: string;
  by: string;
}

export interface Reissue {
  newNumber: string;
  issuedAt: LocalDate;
  applicationId: string;
  reason: string;
  by: string;
  basis?: string | null;
  /** A new holder, when the reissue is for a reorganized legal entity or a transfer. */
  holderId?: string;
  subtype?: string | null;
}

export interface IssueDuplicate {
  applicationId: string;
  reason: string;
  by: string;
}

export interface Suspend {
  /** The last day of the suspension; it must be after today (Astana time). */
  until: LocalDate;
  reason: string;
  basis: string;
  by: string;
}

export interface Resume {
  reason: string;
  by: string;
  basis?: string | null;
}

export interface Terminate {
  reason: string;
  basis: string;
  by: string;
}

export type PermitCommand =
  | ({ type: 'addAppendix' } & AddAppendix)
  | ({ type: 'terminateAppendix' } & TerminateAppendix)
  | ({ type: 'reissue' } & Reissue)
  | ({ type: 'issueDuplicate' } & IssueDuplicate)
  | ({ type: 'suspend' } & Suspend)
  | ({ type: 'resume' } & Resume)
  | ({ type: 'terminate' } & Terminate);

/** A command's effect: the permit after it and, for a reissue, the new permit replacing it. */
export interface PermitChange {
  permit: Permit;
  successor: Permit | null;
}

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const refuse = <T>(
  code: ErrorCode,
  message: string,
  params: Record<string, string | number>,
): Outcome<T> => ({
  ok: false,
  error: new AppError(code, message, params),
});

/** Refusal for a missing or malformed command field, or null when every field is filled. */
function missing(fields: Record<string, string | null | undefined>): Outcome<never> | null {
  for (const [field, value] of Object.entries(fields)) {
    // Commands arrive as data from the API too, so a non-string is "missing" here, not a crash.
    if (typeof value !== 'string' || value.trim() === '')
      return refuse('registry.invalid_command', `Field "${field}" is required`, { field });
  }
  return null;
}

function badDate(field: string, value: LocalDate): Outcome<never> | null {
  try {
    toDayNumber(value);
    return null;
  } catch {
    return refuse('registry.invalid_command', `Field "${field}" is not a YYYY-MM-DD date: ${value}`, {
      field,
    });
  }
}

function badClock(now: Date): Outcome<never> | null {
  return Number.isNaN(now.getTime())
    ? refuse('registry.invalid_command', 'The clock gave an invalid date', { field: 'now' })
    : null;
}

/** The holder's number as stored (trimmed) and its kind, or the refusal of an invalid one. */
function holderOf(holderId: string): { id: string; kind: HolderKind } | Outcome<never> {
  const check = checkId(holderId);
  if (!check.valid)
    return refuse('registry.invalid_holder', `Holder ${holderId} is not a valid IIN/BIN (${check.error})`, {
      value: holderId,
    });
  return { id: check.value, kind: check.kind === 'iin' ? 'individual' : 'legal-entity' };
}

function badNumber(value: string): Outcome<never> | null {
  const check = checkPermitNumber(value);
  // Only the canonical form is stored, so lookups by number are exact.
  if (check.valid && check.value === value) return null;
  return refuse('registry.invalid_number', `"${value}" is not a permit number`, {
    value,
    example: PERMIT_NUMBER_EXAMPLE,
  });
}

/** The calendar day in Astana at an instant: what people and documents call "today". */
function localDate(at: Date): LocalDate {
  return fromDayNumber(timeZone().toLocal(at.getTime()).day);
}

function entry(
  now: Date,
  by: string,
  action: HistoryAction,
  more: Partial<Omit<HistoryEntry, 'at' | 'by' | 'action'>> = {},
): HistoryEntry {
  return {
    at: now.toISOString(),
    by,
    action,
    reason: more.reason ?? null,
    basis: more.basis ?? null,
    applicationId: more.applicationId ?? null,
    ref: more.ref ?? null,
    until: more.until ?? null,
  };
}

/** Refuses an action the permit's status does not allow, with the code that says why. */
function notAllowed(permit: Permit, action: PermitAction): Outcome<never> | null {
  if (allowedActions[permit.status].includes(action)) return null;
  const number = permit.number;
  switch (permit.status) {
    case 'terminated': {
      const at = permit.history.findLast((h) => h.action === 'terminated')?.at;
      const date = at === undefined ? '' : localDate(new Date(at));
      return refuse('registry.permit_terminated', `Permit ${number} is terminated`, { number, date });
    }
    case 'reissued':
      return refuse('registry.permit_superseded', `Permit ${number} was reissued`, {
        number,
        newNumber: permit.reissuedTo ?? '',
      });
    case 'suspended':
      return action === 'suspend'
        ? refuse('registry.already_suspended', `Permit ${number} is already suspended`, {
            number,
            until: permit.suspendedUntil ?? '',
          })
        : refuse('registry.permit_suspended', `Permit ${number} is suspended`, {
            number,
            until: permit.suspendedUntil ?? '',
          });
    case 'active':
      return refuse('registry.not_suspended', `Permit ${number} is not suspended`, { number });
  }
}

/** A new permit, as the last step of an issue case; its number comes from `permitNumber`. */
export function issuePermit(command: IssuePermit, now: Date): Outcome<Permit> {
  const bad =
    badClock(now) ??
    missing({
      number: command.number,
      holderId: command.holderId,
      serviceId: command.serviceId,
      applicationId: command.applicationId,
      by: command.by,
    }) ??
    badNumber(command.number) ??
    badDate('issuedAt', command.issuedAt);
  if (bad !== null) return bad;
  if (!(permitKinds as readonly string[]).includes(command.kind))
    return refuse('registry.invalid_command', `Unknown permit kind ${command.kind}`, { field: 'kind' });
  const holder = holderOf(command.holderId);
  if ('ok' in holder) return holder;
  return ok({
    number: command.number,
    holderId: holder.id,
    holderKind: holder.kind,
    serviceId: command.serviceId,
    kind: command.kind,
    subtype: command.subtype ?? null,
    issuedAt: command.issuedAt,
    applicationId: command.applicationId,
    status: 'active',
    suspendedUntil: null,
    reissuedFrom: null,
    reissuedTo: null,
    duplicates: 0,
    appendices: [],
    history: [entry(now, command.by, 'issued', { applicationId: command.applicationId })],
  });
}

/** An appendix for one more sub-kind of activity; refused if an active one already covers it. */
export function addAppendix(permit: Permit, command: AddAppendix, now: Date): Outcome<Permit> {
  const bad =
    badClock(now) ??
    notAllowed(permit, 'addAppendix') ??
    missing({ subtype: command.subtype, applicationId: command.applicationId, by: command.by }) ??
    badDate('issuedAt', command.issuedAt);
  if (bad !== null) return bad;
  const existing = permit.appendices.find((a) => a.status === 'active' && a.subtype === command.subtype);
  if (existing !== undefined)
    return refuse('registry.appendix_exists', `Appendix ${existing.number} already covers the subtype`, {
      subtype: command.subtype,
      appendix: existing.number,
    });
  // Appendices are never removed, so the next index is unused.
  const appendix: Appendix = {
    number: appendixNumber(permit.number, permit.appendices.length + 1),
    subtype: command.subtype,
    status: 'active',
    issuedAt: command.issuedAt,
    applicationId: command.applicationId,
    previousNumber: null,
  };
  return ok({
    ...permit,
    appendices: [...permit.appendices, appendix],
    history: [
      ...permit.history,
      entry(now, command.by, 'appendix-added', {
        applicationId: command.applicationId,
        basis: command.basis ?? null,
        ref: appendix.number,
      }),
    ],
  });
}

/** Ends one appendix while the permit stays in force (the holder gives up a sub-kind). */
export function terminateAppendix(permit: Permit, command: TerminateAppendix, now: Date): Outcome<Permit> {
  const bad =
    badClock(now) ??
    notAllowed(permit, 'terminateAppendix') ??
    missing({ reason: command.reason, basis: command.basis, by: command.by });
  if (bad !== null) return bad;
  const target = permit.appendices.find((a) => a.number === command.appendixNumber);
  if (target === undefined)
    return refuse('registry.unknown_appendix', `No appendix ${command.appendixNumber}`, {
      appendix: command.appendixNumber,
      number: permit.number,
    });
  if (target.status !== 'active')
    return refuse('registry.appendix_not_active', `Appendix ${target.number} is ${target.status}`, {
      appendix: target.number,
    });
  return ok({
    ...permit,
    appendices: permit.appendices.map((a) => (a === target ? { ...a, status: 'terminated' as const } : a)),
    history: [
      ...permit.history,
      entry(now, command.by, 'appendix-terminated', {
        reason: command.reason,
        basis: command.basis,
        ref: target.number,
      }),
    ],
  });
}

/**
 * Reissue (қайта ресімдеу): the permit is superseded by a new number, which carries over the
 * active appendices (renumbered under it) and links back; the old permit links forward.
 */
export function reissue(
  permit: Permit,
  command: Reissue,
  now: Date,
): Outcome<{ previous: Permit; permit: Permit }> {
  const bad =
    badClock(now) ??
    notAllowed(permit, 'reissue') ??
    missing({
      newNumber: command.newNumber,
      applicationId: command.applicationId,
      reason: command.reason,
      by: command.by,
    }) ??
    badNumber(command.newNumber) ??
    badDate('issuedAt', command.issuedAt);
  if (bad !== null) return bad;
  if (command.newNumber === permit.number)
    return refuse('registry.same_number', `Reissue needs a number other than ${permit.number}`, {
      number: permit.number,
    });
  const holder = holderOf(command.holderId ?? permit.holderId);
  if ('ok' in holder) return holder;

  const carried = permit.appendices.filter((a) => a.status === 'active');
  const successor: Permit = {
    number: command.newNumber,
    holderId: holder.id,
    holderKind: holder.kind,
    serviceId: permit.serviceId,
    kind: permit.kind,
    subtype: command.subtype === undefined ? permit.subtype : command.subtype,
    issuedAt: command.issuedAt,
    applicationId: command.applicationId,
    status: 'active',
    suspendedUntil: null,
    reissuedFrom: permit.number,
    reissuedTo: null,
    duplicates: 0,
    appendices: carried.map((a, i) => ({
      ...a,
      number: appendixNumber(command.newNumber, i + 1),
      previousNumber: a.number,
    })),
    history: [
      entry(now, command.by, 'reissued-from', {
        reason: command.reason,
        basis: command.basis ?? null,
        applicationId: command.applicationId,
        ref: permit.number,
      }),
    ],
  };
  const previous: Permit = {
    ...permit,
    status: 'reissued',
    reissuedTo: command.newNumber,
    appendices: permit.appendices.map((a) => (a.status === 'active' ? { ...a, status: 'reissued' } : a)),
    history: [
      ...permit.history,
      entry(now, command.by, 'reissued', {
        reason: command.reason,
        basis: command.basis ?? null,
        applicationId: command.applicationId,
        ref: command.newNumber,
      }),
    ],
  };
  return ok({ previous, permit: successor });
}

/** Duplicate (телнұсқа) of a lost or damaged permit: the same permit, one more copy recorded. */
export function issueDuplicate(permit: Permit, command: IssueDuplicate, now: Date): Outcome<Permit> {
  const bad =
    badClock(now) ??
    notAllowed(permit, 'issueDuplicate') ??
    missing({ applicationId: command.applicationId, reason: command.reason, by: command.by });
  if (bad !== null) return bad;
  return ok({
    ...permit,
    duplicates: permit.duplicates + 1,
    history: [
      ...permit.history,
      entry(now, command.by, 'duplicate-issued', {
        reason: command.reason,
        applicationId: command.applicationId,
      }),
    ],
  });
}

/**
 * Suspension until a date (e.g. by a court decision, seed 000 refusal ground 5): the permit and
 * its active appendices stop being in force. Ending it on `until` is a timer's job: it calls
 * `resume`.
 */
export function suspend(permit: Permit, command: Suspend, now: Date): Outcome<Permit> {
  const bad =
    badClock(now) ??
    notAllowed(permit, 'suspend') ??
    missing({ until: command.until, reason: command.reason, basis: command.basis, by: command.by }) ??
    badDate('until', command.until);
  if (bad !== null) return bad;
  if (toDayNumber(command.until) <= toDayNumber(localDate(now)))
    return refuse('registry.suspension_not_future', `Suspension end ${command.until} is not after today`, {
      until: command.until,
    });
  return ok({
    ...permit,
    status: 'suspended',
    suspendedUntil: command.until,
    appendices: permit.appendices.map((a) => (a.status === 'active' ? { ...a, status: 'suspended' } : a)),
    history: [
      ...permit.history,
      entry(now, command.by, 'suspended', {
        reason: command.reason,
        basis: command.basis,
        until: command.until,
      }),
    ],
  });
}

/** The end of a suspension, on its date or earlier when the grounds are gone. */
export function resume(permit: Permit, command: Resume, now: Date): Outcome<Permit> {
  const bad =
    badClock(now) ?? notAllowed(permit, 'resume') ?? missing({ reason: command.reason, by: command.by });
  if (bad !== null) return bad;
  return ok({
    ...permit,
    status: 'active',
    suspendedUntil: null,
    appendices: permit.appendices.map((a) => (a.status === 'suspended' ? { ...a, status: 'active' } : a)),
    history: [
      ...permit.history,
      entry(now, command.by, 'resumed', { reason: command.reason, basis: command.basis ?? null }),
    ],
  });
}

/** Termination (қолданысын тоқтату): final; the permit and all its appendices end. */
export function terminate(permit: Permit, command: Terminate, now: Date): Outcome<Permit> {
  const bad =
    badClock(now) ??
    notAllowed(permit, 'terminate') ??
    missing({ reason: command.reason, basis: command.basis, by: command.by });
  if (bad !== null) return bad;
  return ok({
    ...permit,
    status: 'terminated',
    suspendedUntil: null,
    appendices: permit.appendices.map((a) =>
      a.status === 'active' || a.status === 'suspended' ? { ...a, status: 'terminated' } : a,
    ),
    history: [
      ...permit.history,
      entry(now, command.by, 'terminated', { reason: command.reason, basis: command.basis }),
    ],
  });
}

/** Any change by its command, for callers that receive commands as data (API, store). */
export function applyPermitCommand(permit: Permit, command: PermitCommand, now: Date): Outcome<PermitChange> {
  const same = (o: Outcome<Permit>): Outcome<PermitChange> =>
    o.ok ? ok({ permit: o.value, successor: null }) : o;
  switch (command.type) {
    case 'addAppendix':
      return same(addAppendix(permit, command, now));
    case 'terminateAppendix':
      return same(terminateAppendix(permit, command, now));
    case 'reissue': {
      const o = reissue(permit, command, now);
      return o.ok ? ok({ permit: o.value.previous, successor: o.value.permit }) : o;
    }
    case 'issueDuplicate':
      return same(issueDuplicate(permit, command, now));
    case 'suspend':
      return same(suspend(permit, command, now));
    case 'resume':
      return same(resume(permit, command, now));
    case 'terminate':
      return same(terminate(permit, command, now));
  }
}
