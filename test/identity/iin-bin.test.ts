import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkId, controlDigit, withControlDigit } from '../../src/identity/iin-bin.ts';
import { daysInMonth } from '../../src/calendar/local-date.ts';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** First 11 digits of a structurally valid IIN for a random birth date, sex and serial. */
const iinPrefix = fc
  .record({
    year: fc.integer({ min: 1900, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    female: fc.boolean(),
    serial: digits(4),
  })
  .filter((r) => r.day <= daysInMonth(r.year, r.month))
  .map((r) => ({
    ...r,
    prefix: `${pad(r.year % 100)}${pad(r.month)}${pad(r.day)}${(r.year < 2000 ? 3 : 5) + (r.female ? 1 : 0)}${r.serial}`,
  }));

const binPrefix = fc
  .record({
    yy: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    type: fc.constantFrom(4, 5, 6),
    division: fc.integer({ min: 0, max: 3 }),
    serial: digits(5),
  })
  .map((r) => ({ ...r, prefix: `${pad(r.yy)}${pad(r.month)}${r.type}${r.division}${r.serial}` }));

describe('IIN / BIN control digit', () => {
  it('a worked example: weights 1..11 give the control digit directly', () => {
    // digits 9 0 0 4 0 4 3 0 0 0 0 × weights 1…11: 9 + 16 + 24 + 21 = 70, 70 mod 11 = 4
    expect(controlDigit('90040430000')).toBe(4);
    expect(checkId('900404300004')).toMatchObject({
      valid: true,
      kind: 'iin',
      birthDate: '1990-04-04',
      sex: 'male',
    });
  });

  it('falls back to the second weights when the first sum is 10', () => {
    // first weights: 1*1 + 2*0 … chosen so the sum mod 11 is 10; the second weights decide.
    const prefixes = Array.from({ length: 2000 }, (_, i) => `900101${3}${String(i).padStart(4, '0')}`);
    const tens = prefixes.filter((p) => {
      let s = 0;
      for (let i = 0; i < 11; i++) s += Number(p[i]) * (i + 1);
      return s % 11 === 10;
    });
    expect(tens.length).toBeGreaterThan(0);
    for (const p of tens) {
      const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      let s = 0;
      for (let i = 0; i < 11; i++) s += Number(p[i]) * (w2[i] as number);
      const expected = s % 11 === 10 ? null : s % 11;
      expect(controlDigit(p)).toBe(expected);
      if (expected === null) expect(checkId(`${p}0`).error).toBe('checksum_unusable');
    }
  });

  it('property: every IIN built with its control digit is valid and decodes back', () => {
    fc.assert(
      fc.property(iinPrefix, (r) => {
        const iin = withControlDigit(r.prefix);
        fc.pre(iin !== null);
        const check = checkId(iin);
        expect(check).toMatchObject({
          valid: true,
          kind: 'iin',
          birthDate: `${r.year}-${pad(r.month)}-${pad(r.day)}`,
          sex: r.female ? 'female' : 'male',
        });
      }),
    );
  });

  it('property: every other control digit is rejected as a checksum error', () => {
    fc.assert(
      fc.property(fc.oneof(iinPrefix, binPrefix), fc.integer({ min: 1, max: 9 }), (r, shift) => {
        const id = withControlDigit(r.prefix);
        fc.pre(id !== null);
        const wrong = r.prefix + String((Number(id[11]) + shift) % 10);
        expect(checkId(wrong)).toMatchObject({ valid: false, error: 'checksum' });
      }),
    );
  });

  it('property: BINs decode registration month, entity type and division', () => {
    fc.assert(
      fc.property(binPrefix, (r) => {
        const bin = withControlDigit(r.prefix);
        fc.pre(bin !== null);
        expect(checkId(bin)).toMatchObject({
          valid: true,
          kind: 'bin',
          registered: `${r.yy >= 50 ? 1900 + r.yy : 2000 + r.yy}-${pad(r.month)}`,
          entityType: { 4: 'resident', 5: 'non-resident', 6: 'joint-entrepreneurship' }[r.type],
          division: ['head', 'branch', 'representative-office', 'peasant-farm'][r.division],
        });
      }),
    );
  });
});

describe('IIN / BIN structure errors', () => {
  it.each([
    ['12345678901', 'format'],
    ['1234567890123', 'format'],
    ['12345678901a', 'format'],
    ['', 'format'],
  ])('%s → %s', (value, error) => {
    expect(checkId(value)).toMatchObject({ valid: false, kind: null, error });
  });

  it('rejects an impossible birth date (30 February)', () => {
    expect(checkId('900230300000')).toMatchObject({ valid: false, kind: 'iin', error: 'birth_date' });
  });

  it('rejects a 29 February outside leap years, accepts it in one', () => {
    // Structure is checked before the control digit, so any last digit will do.
    expect(checkId('010229500010')).toMatchObject({ valid: false, kind: 'iin', error: 'birth_date' });
    const leap = withControlDigit('00022950001') ?? withControlDigit('00022950002');
    expect(checkId(leap as string)).toMatchObject({ valid: true, birthDate: '2000-02-29', sex: 'male' });
  });

  it('rejects a century/sex digit outside 1–6', () => {
    expect(checkId('900101700000')).toMatchObject({ valid: false, kind: 'iin', error: 'century_sex' });
    expect(checkId('900101000000')).toMatchObject({ valid: false, kind: 'iin', error: 'century_sex' });
  });

  it('rejects a BIN with month 13 or a division digit above 3', () => {
    expect(checkId('091340000000')).toMatchObject({ valid: false, kind: 'bin', error: 'registration_month' });
    expect(checkId('091045000000')).toMatchObject({ valid: false, kind: 'bin', error: 'division' });
  });

  it('decodes the 19th-century digits 1 and 2', () => {
    const iin = withControlDigit('99123120001') ?? withControlDigit('99123120002');
    expect(checkId(iin as string)).toMatchObject({
      valid: true,
      birthDate: '1899-12-31',
      sex: 'female',
      century: 19,
    });
  });
});
