/**
 * A service's passport as an applicant reads it before applying: per case, the documents to
 * bring, the deadline and the fee, in tenge on the given day with the MCI value and the budget
 * law that set it.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import { feeInTenge } from '../money/index.ts';
import type { Resolved } from './catalog.ts';

/** The passport of the version `resolved` on `today`; only case `caseId` when one is named. */
export function passportOf(resolved: Resolved, today: LocalDate, caseId?: string) {
  const { service, act, repealed } = resolved;
  return {
    id: service.id,
    version: service.version,
    act: act.id,
    repealed,
    title: service.title,
    provider: service.provider.name,
    channels: service.channels.map((c) => c.kind),
    applicantTypes: service.applicantTypes,
    cases: service.cases
      .filter((c) => caseId === undefined || c.id === caseId)
      .map((c) => ({
        id: c.id,
        kind: c.kind,
        title: c.title,
        deadline: c.deadline,
        deadlineDeferredTo: c.deadlineDeferredTo,
        // What the applicant must declare for a duplicate or reissue (seed 004 11-т.), if anything.
        ground: c.ground,
        fee: c.fee === null ? null : { ...c.fee, on: today, ...tengeOf(c.fee.mci, today) },
        documents: service.documents.filter((d) => d.cases.length === 0 || d.cases.includes(c.id)),
      })),
  };
}

/** The fee in tenge on a date, with the MCI value and the budget law that set it. */
function tengeOf(mci: number | null, date: LocalDate) {
  if (mci === null) return { tengeToday: null, mciValue: null, mciSource: null };
  const fee = feeInTenge(mci, date);
  return { tengeToday: fee.tenge, mciValue: fee.mci.tenge, mciSource: fee.mci.source };
}
