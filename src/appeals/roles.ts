/**
 * Who reviews a complaint (seed 000 Қағидалар 16–17-т.): the provider whose decision, action or
 * inaction it is about, or the authorised body for the assessment and control of the quality of
 * state services (сапаны бағалау жөніндегі уәкілетті орган) — which is also the reviewing body a
 * complaint is forwarded to here. Its officials are officials of the pseudo-provider
 * `QUALITY_AUTHORITY`; they see every provider's complaints.
 */
import type { ComplaintState } from './complaint.ts';

export const QUALITY_AUTHORITY = 'quality-authority';

export interface ComplaintOfficial {
  providerId: string;
}

/** Whether the official may see the complaint at all (else: 404, nothing leaks). */
export function canSeeComplaint(
  official: ComplaintOfficial,
  complaint: Pick<ComplaintState, 'providerId'>,
): boolean {
  return official.providerId === QUALITY_AUTHORITY || official.providerId === complaint.providerId;
}

/** Whether the official is the complaint's reviewer now: the provider's, or the quality authority for its own and forwarded ones. */
export function isReviewerOf(
  official: ComplaintOfficial,
  complaint: Pick<ComplaintState, 'providerId' | 'reviewer' | 'status'>,
): boolean {
  if (complaint.reviewer === 'provider') return official.providerId === complaint.providerId;
  return official.providerId === QUALITY_AUTHORITY;
}
