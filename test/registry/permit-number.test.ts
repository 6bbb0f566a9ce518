import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PERMIT_NUMBER_EXAMPLE,
  appendixNumber,
  checkPermitNumber,
  isValidPermitNumber,
  permitNumber,
} from '../../src/registry/index.ts';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const validNumber = fc
  .record({
    code: fc.tuple(letter, letter, letter).map((t) => t.join('')),
    year: fc.integer({ min: 2000, max: 2099 }),
    seq: fc.integer({ min: 1, max: 999_999 }),
  })
  .map((r) => ({ ...r, number: permitNumber(r.code, r.year, r.seq) as string }));

describe('permit numbers', () => {
  it('has the documented shape: KZ, check digits, service code, year, sequence', () => {
    expect(permitNumber('FLG', 2025, 123)).toBe(PERMIT_NUMBER_EXAMPLE);
    expect(PERMIT_NUMBER_EXAMPLE).toBe('KZ02FLG25000123');
    expect(checkPermitNumber(PERMIT_NUMBER_EXAMPLE)).toEqual({
      valid: true,
      value: 'KZ02FLG25000123',
      serviceCode: 'FLG',
      year: 2025,
      sequence: 123,
      error: null,
    });
    expect(appendixNumber(PERMIT_NUMBER_EXAMPLE, 3)).toBe('KZ02FLG25000123-03');
  });

  it('reads a number typed with spaces and in lower case', () => {
    expect(checkPermitNumber('  kz02 flg 25 000123 ')).toMatchObject({
      valid: true,
      value: 'KZ02FLG25000123',
    });
  });

  it('refuses arguments outside the format', () => {
    expect(permitNumber('FL', 2025, 1)).toBeNull();
    expect(permitNumber('flg', 2025, 1)).toBeNull();
    expect(permitNumber('FL1', 2025, 1)).toBeNull();
    expect(permitNumber('FLG', 1999, 1)).toBeNull();
    expect(permitNumber('FLG', 2100, 1)).toBeNull();
    expect(permitNumber('FLG', 2025, 0)).toBeNull();
    expect(permitNumber('FLG', 2025, 1_000_000)).toBeNull();
    expect(permitNumber('FLG', 2025, 1.5)).toBeNull();
  });

  it('says whether the format or the check digits are wrong', () => {
    expect(checkPermitNumber('KZ02FLG2500012')).toMatchObject({ valid: false, error: 'format' });
    expect(checkPermitNumber('KZ03FLG25000123')).toMatchObject({ valid: false, error: 'checksum' });
    expect(checkPermitNumber('')).toMatchObject({ valid: false, error: 'format' });
  });

  it('refuses the check digits 00, 01 and 99 that pass the modulus but are never issued', () => {
    // 02 + 97 = 99: the same remainder, a different string for the same permit.
    expect(checkPermitNumber('KZ99FLG25000123')).toMatchObject({ valid: false, error: 'checksum' });
  });

  it('every number it makes is valid and reads back to its parts', () => {
    fc.assert(
      fc.property(validNumber, ({ code, year, seq, number }) => {
        expect(number).toHaveLength(15);
        expect(checkPermitNumber(number)).toMatchObject({
          valid: true,
          serviceCode: code,
          year,
          sequence: seq,
        });
      }),
    );
  });

  it('detects any single-character change', () => {
    fc.assert(
      fc.property(
        validNumber,
        fc.nat(14),
        fc.constantFrom(...`${ALPHABET}-_ .O`.split('')),
        ({ number }, position, replacement) => {
          fc.pre(number[position] !== replacement);
          const mistyped = number.slice(0, position) + replacement + number.slice(position + 1);
          expect(isValidPermitNumber(mistyped)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('detects any swap of two adjacent different characters', () => {
    fc.assert(
      fc.property(validNumber, fc.nat(13), ({ number }, i) => {
        fc.pre(number[i] !== number[i + 1]);
        const swapped = number.slice(0, i) + (number[i + 1] ?? '') + (number[i] ?? '') + number.slice(i + 2);
        expect(isValidPermitNumber(swapped)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('detects a dropped or doubled character', () => {
    fc.assert(
      fc.property(validNumber, fc.nat(14), ({ number }, i) => {
        expect(isValidPermitNumber(number.slice(0, i) + number.slice(i + 1))).toBe(false);
        expect(isValidPermitNumber(number.slice(0, i + 1) + number.slice(i))).toBe(false);
      }),
    );
  });
});
