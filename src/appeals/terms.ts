/**
 * Which complaint terms a service follows. A service whose act has a complaint chapter follows
 * it as written — seed 000 Қағидалар 16–17-т., seed 004's own route (20–25-т.: a talon, the
 * journal, a reply by post); a term that act leaves out is not borrowed from elsewhere. A service
 * whose act has none (seeds 001–003 defer to standards not in the seeds) follows the general
 * rules of the Law on state services and the Administrative Procedural Code
 * (catalog/laws/complaints.json), and the complaint says so.
 */
import type { ComplaintsLaw } from '../catalog/law.ts';
import type { AppealTerms } from './complaint.ts';

export type TermsBasis = 'service-act' | 'general-rules';

export interface TermsBasisOf {
  basis: TermsBasis;
  /** Why these terms, in the applicant's languages (only for the general rules). */
  basisText: { kk: string; ru: string; en: string } | null;
}

/** The terms a complaint about a service follows, and on what basis (spread into the ComplaintContext). Pure. */
export function appealTermsFor(
  serviceAppeal: AppealTerms | null,
  law: ComplaintsLaw,
): { terms: AppealTerms; basis: TermsBasisOf } {
  if (serviceAppeal !== null)
    return { terms: serviceAppeal, basis: { basis: 'service-act', basisText: null } };
  return { terms: law.appeal, basis: { basis: 'general-rules', basisText: law.basisText } };
}
