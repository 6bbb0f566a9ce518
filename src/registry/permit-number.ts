/**
 * Permit numbers of the registry, designed to be read aloud, typed from a paper and checked:
 *
 *   KZ 02 FLG 25 000123
 *   │  │  │   │  └─ sequence within the service and year, 000001–999999
 *   │  │  │   └──── year of issue, last two digits (2000–2099)
 *   │  │  └──────── service code, three Latin capitals (e.g. FLG: flag-and-emblem license)
 *   │  └─────────── two check digits
 *   └────────────── country prefix
 *
 * The check digits are ISO 7064 MOD 97-10, the scheme of IBAN (the same "KZ" + two digits
 * shape Kazakh account numbers have): the number rearranged as body + "KZ" + check digits, with
 * letters read as 10–35, leaves 1 modulo 97. Because 97 is prime and larger than every
 * difference one substituted character can make (at most 35 per position, times a power of
 * ten), every single-character substitution is detected, and so is every swap of two adjacent
 * characters (the difference is 9·d or 99·d times a power of ten, d < 36). The property tests in
 * test/registry/permit-number.test.ts check both.
 *
 * Appendix numbers add "-NN" to the permit number; the suffix is not check-protected, since an
 * appendix is always looked up through its permit.
 */

/** Why a string is not a permit number. */
export type PermitNumberError = 'format' | 'checksum';

export type PermitNumberCheck =
  | { valid: true; value: string; serviceCode: string; year: number; sequence: number; error: null }
  | { valid: false; value: string; error: PermitNumberError };

/** A valid number to show people the format: the 123rd FLG permit of 2025. */
export const PERMIT_NUMBER_EXAMPLE = 'KZ02FLG25000123';

const PATTERN = /^KZ(\d{2})([A-Z]{3})(\d{2})(\d{6})$/;
const SERVICE_CODE = /^[A-Z]{3}$/;

/** The remainder modulo 97 of a string of digits and capitals, letters counting as 10–35. */
function mod97(text: string): number {
  let r = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 55;
    r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
  }
  return r;
}

/** The check digits for a number body (service code + year + sequence). */
function checkDigits(body: string): string {
  return String(98 - mod97(`${body}KZ00`)).padStart(2, '0');
}

/** Whether a service code can go into a permit number: three Latin capital letters. */
export function isServiceCode(code: string): boolean {
  return SERVICE_CODE.test(code);
}

/**
 * The permit number for the `sequence`-th permit of a service in a year, or null when an
 * argument is outside the format (code not three capitals, year not 2000–2099, sequence not
 * 1–999999). Allocating the sequence without gaps or repeats is the store's job.
 */
export function permitNumber(serviceCode: string, year: number, sequence: number): string | null {
  if (!isServiceCode(serviceCode)) return null;
  if (!Number.isInteger(year) || year < 2000 || year > 2099) return null;
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) return null;
  const body = `${serviceCode}${String(year % 100).padStart(2, '0')}${String(sequence).padStart(6, '0')}`;
  return `KZ${checkDigits(body)}${body}`;
}

/**
 * Reads a permit number as a person may type it (spaces between groups, lower case) and says
 * whether it is one, with its parts; a mistyped character fails the check digits.
 */
export function checkPermitNumber(raw: string): PermitNumberCheck {
  const value = raw.replace(/\s+/g, '').toUpperCase();
  const m = PATTERN.exec(value);
  if (m === null) return { valid: false, value, error: 'format' };
  const [, check = '', serviceCode = '', yy = '', seq = ''] = m;
  // 98 − (0…96) is 02…98; 00, 01 and 99 also pass the modulus (≡ 97, 98, 02) but are never issued.
  const cc = Number(check);
  if (cc < 2 || cc > 98 || mod97(`${serviceCode}${yy}${seq}KZ${check}`) !== 1)
    return { valid: false, value, error: 'checksum' };
  const sequence = Number(seq);
  if (sequence === 0) return { valid: false, value, error: 'format' };
  return { valid: true, value, serviceCode, year: 2000 + Number(yy), sequence, error: null };
}

export function isValidPermitNumber(raw: string): boolean {
  return checkPermitNumber(raw).valid;
}

/** The number of a permit's `index`-th appendix (1-based): KZ02FLG25000123-01. */
export function appendixNumber(permitNumber: string, index: number): string {
  return `${permitNumber}-${String(index).padStart(2, '0')}`;
}
