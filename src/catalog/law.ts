/**
 * General rules of the laws every service runs under, as data (catalog/laws/*.json) — here the
 * Law on permits and notifications: how long another state body has to answer a licensor's
 * request for approval, and what its silence means.
 */
import { z } from 'zod';
import { Appeal } from './schema.ts';

const Term = z.object({
  amount: z.number().positive(),
  unit: z.enum(['working_days', 'calendar_days']),
  source: z.string().min(1),
  note: z.string().optional(),
});

export const PermitsLaw = z.object({
  law: z.string(),
  approvals: z.object({
    requestWithin: Term,
    responseWithin: Term,
    silenceMeans: z.enum(['approved', 'refused']),
    silenceSource: z.string().min(1),
    /** Silence counts as agreement only for service versions in force from this date (art. 25). */
    inForceFrom: z.iso.date(),
    inForceFromEstimated: z.boolean().default(false),
    inForceFromSource: z.string().min(1),
    exceptions: z.string().optional(),
  }),
  tacitConsent: z.object({ note: z.string() }),
  hearing: z.object({ source: z.string() }),
});
export type PermitsLaw = z.infer<typeof PermitsLaw>;

/**
 * The general complaint rules (catalog/laws/complaints.json): the terms a complaint follows when
 * the service's own act sets none (seeds 001–003 defer to standards not in the seeds), with the
 * words the applicant is shown saying so.
 */
export const ComplaintsLaw = z.object({
  law: z.string(),
  appeal: Appeal,
  basisText: z.object({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) }),
  note: z.string().optional(),
});
export type ComplaintsLaw = z.infer<typeof ComplaintsLaw>;
