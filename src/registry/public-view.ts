/**
 * What anyone may see of a permit when verifying it by number, BIN/IIN or QR code. An
 * individual's IIN is personal data (it encodes the birth date and sex), so only its last four
 * digits are shown; a BIN identifies a company and is public, so it is shown in full. Who
 * made each change and why stay with the officials: the public sees what changed and when.
 */
import { checkId } from '../identity/iin-bin.ts';
import type {
  AppendixStatus,
  HistoryAction,
  HolderKind,
  Permit,
  PermitKind,
  PermitStatus,
} from './permit.ts';
import type { LocalDate } from '../calendar/local-date.ts';

export interface PublicPermitView {
  number: string;
  /** A BIN in full; an IIN as "********1234". */
  holder: string;
  holderKind: HolderKind;
  serviceId: string;
  kind: PermitKind;
  subtype: string | null;
  issuedAt: LocalDate;
  status: PermitStatus;
  suspendedUntil: LocalDate | null;
  reissuedFrom: string | null;
  reissuedTo: string | null;
  duplicates: number;
  appendices: { number: string; subtype: string; status: AppendixStatus; issuedAt: LocalDate }[];
  history: { at: string; action: HistoryAction; ref: string | null }[];
}

/** A BIN as it is; anything else (an IIN, or a value that is not a valid number) masked. */
export function maskHolderId(id: string): string {
  const check = checkId(id);
  if (check.valid && check.kind === 'bin') return check.value;
  // An invalid value may still be someone's mistyped IIN: mask it all.
  if (!check.valid) return '*'.repeat(12);
  return `${'*'.repeat(8)}${check.value.slice(8)}`;
}

export function publicPermitView(permit: Permit): PublicPermitView {
  return {
    number: permit.number,
    holder: maskHolderId(permit.holderId),
    holderKind: permit.holderKind,
    serviceId: permit.serviceId,
    kind: permit.kind,
    subtype: permit.subtype,
    issuedAt: permit.issuedAt,
    status: permit.status,
    suspendedUntil: permit.suspendedUntil,
    reissuedFrom: permit.reissuedFrom,
    reissuedTo: permit.reissuedTo,
    duplicates: permit.duplicates,
    appendices: permit.appendices.map((a) => ({
      number: a.number,
      subtype: a.subtype,
      status: a.status,
      issuedAt: a.issuedAt,
    })),
    history: permit.history.map((h) => ({ at: h.at, action: h.action, ref: h.ref })),
  };
}
