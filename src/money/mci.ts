/**
 * The monthly calculation index (МРП, АЕК — MCI) that fees in the acts are stated in. Its
 * value in tenge is set each year by the republican budget law, sometimes changed mid-year,
 * so a fee is converted with the value in force on the day it is charged.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { toDayNumber, type LocalDate } from '../calendar/local-date.ts';

export const MciTable = z.object({
  values: z.array(
    z.object({
      from: z.iso.date(),
      to: z.iso.date().nullable(),
      tenge: z.number().int().positive(),
      source: z.string().min(1),
    }),
  ),
  notes: z.array(z.string()).default([]),
});
export type MciTable = z.infer<typeof MciTable>;
export type MciValue = MciTable['values'][number];

/** The MCI value in force on `date`; throws `money.no_mci` when the table has none. */
export function mciOn(table: MciTable, date: LocalDate): MciValue {
  const day = toDayNumber(date);
  const found = table.values.find(
    (v) => toDayNumber(v.from) <= day && (v.to === null || day <= toDayNumber(v.to)),
  );
  if (found === undefined) throw new AppError('money.no_mci', `No MCI value for ${date}`, { date });
  return found;
}

/**
 * A fee of `mci` MCI in tenge on `date`. Tenge have no subunit in practice for state fees, so
 * the product is rounded to whole tenge (half up); fractional MCI (0.5 АЕК) are common.
 */
export function feeInTenge(table: MciTable, mci: number, date: LocalDate): { tenge: number; mci: MciValue } {
  if (!Number.isFinite(mci) || mci < 0)
    throw new AppError('money.invalid_amount', `Invalid MCI amount ${mci}`, { value: String(mci) });
  const value = mciOn(table, date);
  return { tenge: Math.round(mci * value.tenge), mci: value };
}
