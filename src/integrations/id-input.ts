/**
 * IIN/BIN arguments at the ports' edge. A request to a state system with a malformed number
 * would only come back "not found"; refusing it here tells the person what to fix instead.
 */
import { AppError } from '../errors/app-error.ts';
import { checkId } from '../identity/iin-bin.ts';

/** The trimmed IIN or BIN and its kind; throws `integrations.invalid_id` when it is neither. */
export function requireId(value: string): { value: string; kind: 'iin' | 'bin' } {
  const check = checkId(String(value));
  if (!check.valid)
    throw new AppError('integrations.invalid_id', `"${value}" is not a valid IIN/BIN (${check.error})`, {
      value: check.value,
    });
  return { value: check.value, kind: check.kind };
}

/** A valid IIN; a valid BIN is refused with `integrations.not_an_iin`. */
export function requireIin(value: string): string {
  const id = requireId(value);
  if (id.kind !== 'iin')
    throw new AppError('integrations.not_an_iin', `${id.value} is a BIN, not an IIN`, { value: id.value });
  return id.value;
}

/** A valid BIN; a valid IIN is refused with `integrations.not_a_bin`. */
export function requireBin(value: string): string {
  const id = requireId(value);
  if (id.kind !== 'bin')
    throw new AppError('integrations.not_a_bin', `${id.value} is an IIN, not a BIN`, { value: id.value });
  return id.value;
}
