/**
 * A permit issued outside Ruqsat (on paper, or by another information system before Ruqsat ran)
 * brought into the registry, so its holder can have it reissued or get a duplicate here (issue
 * 13 item 8; seed 004 11-т.). It gets a registry number like any other permit; the number it
 * was issued under and where it comes from are kept with it and in its history. Pure: the
 * store refuses a number or an original number already in the registry.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { isLocalDate, type LocalDate } from '../calendar/local-date.ts';
import { issuePermit, permitKinds, type Outcome, type Permit } from './permit.ts';

/** Where an imported permit comes from. */
export interface ImportedFrom {
  /** The number printed on the permit by whoever issued it. */
  readonly originalNumber: string;
  /** Who or what issued it: the authority, or the system it is taken from. */
  readonly issuer: string;
  /** The record or paper it is taken from: a register extract, an archive file, a scan. */
  readonly reference: string;
  readonly importedAt: string;
}

/** One permit to import, as a file or the admin gives it. */
export const PermitImport = z.object({
  originalNumber: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[\p{L}\p{N}№][\p{L}\p{N} ./№-]*$/u, 'letters, digits, spaces and . / № - only'),
  holderId: z.string().trim(),
  serviceId: z.string().min(1),
  kind: z.enum(permitKinds),
  subtype: z.string().min(1).nullable().default(null),
  issuedAt: z.string().refine(isLocalDate, 'a date YYYY-MM-DD'),
  source: z.object({ issuer: z.string().trim().min(1), reference: z.string().trim().min(1) }),
});
export type PermitImport = z.infer<typeof PermitImport>;

/**
 * The permit as the registry will hold it, under `number` (allocated by the caller). Refused:
 * an issue date after today, and whatever `issuePermit` refuses (a holder that is not a valid
 * IIN/BIN, a number outside the format).
 */
export function importPermit(
  number: string,
  input: PermitImport,
  by: string,
  now: Date,
  today: LocalDate,
): Outcome<Permit> {
  if (input.issuedAt > today)
    return {
      ok: false,
      error: new AppError('registry.invalid_command', `issued ${input.issuedAt}, after today ${today}`, {
        field: 'issuedAt',
      }),
    };
  const issued = issuePermit(
    {
      number,
      holderId: input.holderId,
      serviceId: input.serviceId,
      kind: input.kind,
      subtype: input.subtype,
      issuedAt: input.issuedAt,
      // No application of Ruqsat's issued it: the field names the import instead.
      applicationId: `import:${input.originalNumber}`,
      by,
    },
    now,
  );
  if (!issued.ok) return issued;
  const imported: ImportedFrom = {
    originalNumber: input.originalNumber,
    issuer: input.source.issuer,
    reference: input.source.reference,
    importedAt: now.toISOString(),
  };
  return {
    ok: true,
    value: {
      ...issued.value,
      imported,
      history: [
        {
          at: now.toISOString(),
          by,
          action: 'imported',
          reason: `issued ${input.issuedAt} outside Ruqsat as ${input.originalNumber}`,
          basis: `${input.source.issuer}: ${input.source.reference}`,
          applicationId: null,
          ref: input.originalNumber,
          until: null,
        },
      ],
    },
  };
}
