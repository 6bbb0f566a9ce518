/**
 * IIN and BIN (ЖСН/БСН): the 12-digit identification numbers of the national registers
 * (Law of the Republic of Kazakhstan "On national registers of identification numbers",
 * 12 January 2007 No. 223-III). Structure:
 *   IIN: YYMMDD of birth · century-and-sex digit (1–6) · 4-digit serial · control digit
 *   BIN: YYMM of registration · entity type (4 resident, 5 non-resident, 6 joint
 *        entrepreneurship) · division (0 head, 1 branch, 2 representative office, 3 peasant
 *        farm) · 5-digit serial · control digit
 * An IIN's fifth digit is the tens of a day of month (0–3), a BIN's is 4–6: that tells them apart.
 */
import { daysInMonth } from '../calendar/local-date.ts';

export type IdErrorCode =
  | 'format' // not exactly 12 digits
  | 'checksum' // control digit does not match
  | 'checksum_unusable' // both weightings give 10: no valid number has these first 11 digits
  | 'birth_date' // IIN: YYMMDD is not a date
  | 'century_sex' // IIN: 7th digit not 1–6
  | 'registration_month' // BIN: MM not 01–12
  | 'division'; // BIN: 6th digit not 0–3

export interface IinDetails {
  kind: 'iin';
  birthDate: string;
  sex: 'male' | 'female';
  century: 19 | 20 | 21;
}

export interface BinDetails {
  kind: 'bin';
  /** Year and month of registration; the year's century is read with a 1950 pivot. */
  registered: string;
  entityType: 'resident' | 'non-resident' | 'joint-entrepreneurship';
  division: 'head' | 'branch' | 'representative-office' | 'peasant-farm';
}

export type IdCheck =
  | ({ valid: true; value: string; error: null } & (IinDetails | BinDetails))
  | { valid: false; value: string; kind: 'iin' | 'bin' | null; error: IdErrorCode };

const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/**
 * The control digit for the first 11 digits, or null when none exists: the weighted sum
 * mod 11 is taken with the first weights, and when it is 10 with the second; a second 10
 * means the serial is never issued.
 */
export function controlDigit(first11: string): number | null {
  const sum = (weights: number[]) => {
    let s = 0;
    for (let i = 0; i < 11; i++) s += (first11.charCodeAt(i) - 48) * (weights[i] as number);
    return s % 11;
  };
  const first = sum(WEIGHTS_1);
  if (first !== 10) return first;
  const second = sum(WEIGHTS_2);
  return second === 10 ? null : second;
}

/** Which kind of number the structure says this is, before any check of its digits. */
function kindOf(value: string): 'iin' | 'bin' {
  const fifth = value.charCodeAt(4) - 48;
  return fifth >= 4 && fifth <= 6 ? 'bin' : 'iin';
}

export function checkId(raw: string): IdCheck {
  const value = raw.trim();
  if (!/^\d{12}$/.test(value)) return { valid: false, value, kind: null, error: 'format' };
  const kind = kindOf(value);
  const fail = (error: IdErrorCode): IdCheck => ({ valid: false, value, kind, error });
  const details = kind === 'iin' ? decodeIin(value) : decodeBin(value);
  if ('error' in details) return fail(details.error);
  const control = controlDigit(value.slice(0, 11));
  if (control === null) return fail('checksum_unusable');
  if (control !== value.charCodeAt(11) - 48) return fail('checksum');
  return { valid: true, value, error: null, ...details };
}

export function isValidIin(value: string): boolean {
  const r = checkId(value);
  return r.valid && r.kind === 'iin';
}

export function isValidBin(value: string): boolean {
  const r = checkId(value);
  return r.valid && r.kind === 'bin';
}

function decodeIin(v: string): IinDetails | { error: IdErrorCode } {
  const c = Number(v[6]);
  if (c < 1 || c > 6) return { error: 'century_sex' };
  const century = c <= 2 ? 19 : c <= 4 ? 20 : 21;
  const year = (century - 1) * 100 + Number(v.slice(0, 2));
  const month = Number(v.slice(2, 4));
  const day = Number(v.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { error: 'birth_date' };
  return {
    kind: 'iin',
    birthDate: `${year}-${v.slice(2, 4)}-${v.slice(4, 6)}`,
    sex: c % 2 === 1 ? 'male' : 'female',
    century,
  };
}

const ENTITY_TYPES = { 4: 'resident', 5: 'non-resident', 6: 'joint-entrepreneurship' } as const;
const DIVISIONS = ['head', 'branch', 'representative-office', 'peasant-farm'] as const;

function decodeBin(v: string): BinDetails | { error: IdErrorCode } {
  const yy = Number(v.slice(0, 2));
  const month = Number(v.slice(2, 4));
  if (month < 1 || month > 12) return { error: 'registration_month' };
  const entityType = ENTITY_TYPES[Number(v[4]) as 4 | 5 | 6];
  const division = DIVISIONS[Number(v[5])];
  if (division === undefined) return { error: 'division' };
  return {
    kind: 'bin',
    registered: `${yy >= 50 ? 1900 + yy : 2000 + yy}-${v.slice(2, 4)}`,
    entityType,
    division,
  };
}

/** Builds a valid IIN or BIN from its first 11 digits, or null when no control digit exists. */
export function withControlDigit(first11: string): string | null {
  const c = controlDigit(first11);
  return c === null ? null : first11 + String(c);
}
