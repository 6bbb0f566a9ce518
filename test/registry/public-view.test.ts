import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withControlDigit } from '../../src/identity/iin-bin.ts';
import {
  addAppendix,
  issuePermit,
  maskHolderId,
  permitNumber,
  publicPermitView,
  type Outcome,
  type Permit,
} from '../../src/registry/index.ts';
import { demoCompanies, demoPeople } from '../../src/integrations/demo-seed.ts';

const now = new Date('2025-03-03T05:00:00Z');
const value = <T>(o: Outcome<T>): T => {
  if (!o.ok) throw o.error;
  return o.value;
};
const permitFor = (holderId: string): Permit =>
  value(
    issuePermit(
      {
        number: permitNumber('SEC', 2025, 7) as string,
        holderId,
        serviceId: 'security-services-license',
        kind: 'license',
        issuedAt: '2025-03-03',
        applicationId: 'APP-7',
        by: 'official-42',
      },
      now,
    ),
  );

describe('public permit view', () => {
  it('shows only the last four digits of an individual’s IIN', () => {
    const iin = demoPeople[0]?.iin as string;
    const view = publicPermitView(permitFor(iin));
    expect(view.holder).toBe(`********${iin.slice(8)}`);
    expect(view.holder).toHaveLength(12);
    expect(view.holderKind).toBe('individual');
    expect(JSON.stringify(view)).not.toContain(iin);
  });

  it('shows a BIN in full', () => {
    const bin = demoCompanies[1]?.bin as string;
    expect(publicPermitView(permitFor(bin))).toMatchObject({ holder: bin, holderKind: 'legal-entity' });
  });

  it('never shows who made a change or why', () => {
    const p = value(
      addAppendix(
        permitFor(demoCompanies[1]?.bin as string),
        {
          subtype: 'guarding',
          issuedAt: '2025-03-04',
          applicationId: 'APP-8',
          by: 'official-42',
          basis: 'x',
        },
        now,
      ),
    );
    const view = publicPermitView(p);
    expect(view.history).toEqual([
      { at: '2025-03-03T05:00:00.000Z', action: 'issued', ref: null },
      { at: '2025-03-03T05:00:00.000Z', action: 'appendix-added', ref: `${p.number}-01` },
    ]);
    expect(view.appendices).toEqual([
      { number: `${p.number}-01`, subtype: 'guarding', status: 'active', issuedAt: '2025-03-04' },
    ]);
    expect(JSON.stringify(view)).not.toContain('official-42');
  });

  it('masks every valid IIN and anything that is not a valid number', () => {
    expect(maskHolderId('12345')).toBe('************');
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2020 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 9999 }),
        (year, month, day, serial) => {
          const iin = withControlDigit(
            `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${year < 2000 ? 3 : 5}${String(serial).padStart(4, '0')}`,
          );
          fc.pre(iin !== null);
          const masked = maskHolderId(iin);
          expect(masked).toBe(`********${iin.slice(8)}`);
        },
      ),
    );
  });
});
