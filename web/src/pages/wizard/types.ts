/** The types the wizard's steps share. */
import type { Passport, Principal } from '../../api/types.ts';

export type Applicant = Extract<Principal, { kind: 'applicant' }>;
/** One case of the service's passport: its documents, fee and deadline. */
export type PassportCase = Passport['cases'][number];
