import { describe, expect, it } from 'vitest';
import { feeInTenge, mciOn } from '../../src/money/index.ts';

describe('MCI (АЕК)', () => {
  it('takes the value in force on the day: 2020 changed on 1 April', () => {
    expect(mciOn('2020-03-31').tenge).toBe(2651);
    expect(mciOn('2020-04-01').tenge).toBe(2778);
  });

  it('keeps 3 063 for fees through 2022 (3 180 from April applied to social payments only)', () => {
    expect(mciOn('2022-06-01').tenge).toBe(3063);
  });

  it('converts a license fee: 10 MCI on 2025-06-02 is 39 320 tenge, with the law it comes from', () => {
    const fee = feeInTenge(10, '2025-06-02');
    expect(fee.tenge).toBe(39_320);
    expect(fee.mci.source).toMatch(/141-VIII/);
  });

  it('rounds fractional MCI to whole tenge: 0.5 MCI in 2022 is 1 532', () => {
    expect(feeInTenge(0.5, '2022-02-01').tenge).toBe(1532);
  });

  it('refuses a date with no known MCI, saying where to add it', () => {
    expect(() => mciOn('2027-01-15')).toThrow(/No MCI value for 2027-01-15/);
    expect(() => feeInTenge(-1, '2025-01-01')).toThrow(/Invalid MCI amount/);
  });
});
