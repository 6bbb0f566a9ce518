/**
 * Seed 000, the State Flag and Emblem license, as the case tests start it: its newest version,
 * one individual applicant, and their portal draft.
 */
import type { Actor } from '../../src/cases/model.ts';
import { Case, applicantActor, newest } from './harness.ts';

export const flag = newest('state-flag-emblem-manufacturing-license');
export const applicant = { id: '900404300004', type: 'individual' as const, name: 'Әлиев Нұрлан' };
export const me: Actor = applicantActor(applicant.id);

/** A new case whose only event is the applicant's portal draft, created at `now`. */
export function newDraft(now: Date): Case {
  const c = new Case(flag.service, flag.actId);
  c.run(
    { type: 'create-draft', serviceId: flag.service.id, caseId: 'issue', channel: 'egov-portal', applicant },
    now,
    me,
  );
  return c;
}

/** The draft, submitted at the instant it was created (an ISO timestamp). */
export function submitted(when: string): Case {
  const c = newDraft(new Date(when));
  c.run({ type: 'submit' }, new Date(when), me);
  return c;
}
