import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import {
  addAppendix,
  applyPermitCommand,
  issueDuplicate,
  issuePermit,
  permitNumber,
  reissue,
  resume,
  suspend,
  terminate,
  terminateAppendix,
  type Outcome,
  type Permit,
} from '../../src/registry/index.ts';
import { demoCompanies, demoPeople } from '../../src/integrations/demo-seed.ts';

const company = demoCompanies[0]?.bin as string;
const person = demoPeople[0]?.iin as string;
const number = (seq: number) => permitNumber('FLG', 2025, seq) as string;
const now = new Date('2025-03-03T05:00:00Z'); // 10:00 in Astana
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

function refusal<T>(outcome: Outcome<T>): AppError {
  if (outcome.ok) throw new Error('expected a refusal');
  expect(outcome.error).toBeInstanceOf(AppError);
  return outcome.error;
}

const issued = (holderId = company): Permit =>
  value(
    issuePermit(
      {
        number: number(1),
        holderId,
        serviceId: 'state-flag-emblem-manufacturing-license',
        kind: 'license',
        subtype: null,
        issuedAt: '2025-03-03',
        applicationId: 'APP-1',
        by: 'official-1',
      },
      now,
    ),
  );

describe('issuing a permit', () => {
  it('starts active with one history entry and knows the holder kind', () => {
    const p = issued();
    expect(p).toMatchObject({
      number: 'KZ95FLG25000001',
      status: 'active',
      holderKind: 'legal-entity',
      duplicates: 0,
      appendices: [],
      reissuedFrom: null,
      reissuedTo: null,
    });
    expect(p.history).toEqual([
      {
        at: '2025-03-03T05:00:00.000Z',
        by: 'official-1',
        action: 'issued',
        reason: null,
        basis: null,
        applicationId: 'APP-1',
        ref: null,
        until: null,
      },
    ]);
    expect(issued(person).holderKind).toBe('individual');
    expect(issued(` ${person} `).holderId).toBe(person);
  });

  it('refuses a holder that is not a valid IIN/BIN', () => {
    const bad = (holderId: string) =>
      issuePermit(
        {
          number: number(1),
          holderId,
          serviceId: 's',
          kind: 'license',
          issuedAt: '2025-03-03',
          applicationId: 'A',
          by: 'o',
        },
        now,
      );
    expect(refusal(bad('123')).code).toBe('registry.invalid_holder');
    expect(refusal(bad(person.slice(0, 11) + String((Number(person[11]) + 1) % 10))).code).toBe(
      'registry.invalid_holder',
    );
  });

  it('refuses a mistyped number, a bad date, a missing field, an unknown kind', () => {
    const base = {
      number: number(1),
      holderId: company,
      serviceId: 's',
      kind: 'license' as const,
      issuedAt: '2025-03-03',
      applicationId: 'A',
      by: 'o',
    };
    const e = refusal(issuePermit({ ...base, number: 'KZ96FLG25000001' }, now));
    expect(e.code).toBe('registry.invalid_number');
    expect(e.params).toMatchObject({ value: 'KZ96FLG25000001', example: 'KZ02FLG25000123' });
    // Only the canonical form is stored.
    expect(refusal(issuePermit({ ...base, number: 'kz62flg25000001' }, now)).code).toBe(
      'registry.invalid_number',
    );
    expect(refusal(issuePermit({ ...base, issuedAt: '2025-02-30' }, now)).params).toEqual({
      field: 'issuedAt',
    });
    expect(refusal(issuePermit({ ...base, by: ' ' }, now)).params).toEqual({ field: 'by' });
    expect(refusal(issuePermit({ ...base, kind: 'visa' as never }, now)).params).toEqual({ field: 'kind' });
    expect(refusal(issuePermit(base, new Date(NaN))).params).toEqual({ field: 'now' });
    // Commands also arrive as parsed JSON: a wrong type is refused, not a crash.
    expect(refusal(issuePermit({ ...base, applicationId: 42 as never }, now)).params).toEqual({
      field: 'applicationId',
    });
  });
});

describe('appendices', () => {
  it('get their own numbers and refuse a second active one for the same subtype', () => {
    const p1 = value(
      addAppendix(
        issued(),
        { subtype: 'flag', issuedAt: '2025-03-04', applicationId: 'A2', by: 'o' },
        later(1),
      ),
    );
    const p2 = value(
      addAppendix(p1, { subtype: 'emblem', issuedAt: '2025-03-05', applicationId: 'A3', by: 'o' }, later(2)),
    );
    expect(p2.appendices.map((a) => [a.number, a.subtype, a.status])).toEqual([
      ['KZ95FLG25000001-01', 'flag', 'active'],
      ['KZ95FLG25000001-02', 'emblem', 'active'],
    ]);
    const e = refusal(
      addAppendix(p2, { subtype: 'flag', issuedAt: '2025-03-05', applicationId: 'A4', by: 'o' }, later(3)),
    );
    expect(e.code).toBe('registry.appendix_exists');
    expect(e.params).toEqual({ subtype: 'flag', appendix: 'KZ95FLG25000001-01' });

    const p3 = value(
      terminateAppendix(
        p2,
        { appendixNumber: 'KZ95FLG25000001-01', reason: 'r', basis: 'b', by: 'o' },
        later(4),
      ),
    );
    expect(p3.appendices[0]?.status).toBe('terminated');
    expect(p3.status).toBe('active');
    // A terminated appendix's subtype can be granted again, under a new number.
    const p4 = value(
      addAppendix(p3, { subtype: 'flag', issuedAt: '2025-03-06', applicationId: 'A5', by: 'o' }, later(5)),
    );
    expect(p4.appendices[2]?.number).toBe('KZ95FLG25000001-03');
    expect(
      refusal(
        terminateAppendix(
          p3,
          { appendixNumber: 'KZ95FLG25000001-01', reason: 'r', basis: 'b', by: 'o' },
          later(6),
        ),
      ).code,
    ).toBe('registry.appendix_not_active');
    expect(
      refusal(
        terminateAppendix(
          p3,
          { appendixNumber: 'KZ95FLG25000001-09', reason: 'r', basis: 'b', by: 'o' },
          later(6),
        ),
      ).code,
    ).toBe('registry.unknown_appendix');
  });
});

describe('suspension', () => {
  it('suspends until a future date, suspends appendices with the permit, and resumes', () => {
    const p = value(
      addAppendix(issued(), { subtype: 'flag', issuedAt: '2025-03-03', applicationId: 'A', by: 'o' }, now),
    );
    const s = value(
      suspend(p, { until: '2025-09-01', reason: 'court', basis: 'Decision 2-123/2025', by: 'o' }, later(1)),
    );
    expect(s).toMatchObject({ status: 'suspended', suspendedUntil: '2025-09-01' });
    expect(s.appendices[0]?.status).toBe('suspended');
    expect(s.history.at(-1)).toMatchObject({
      action: 'suspended',
      until: '2025-09-01',
      basis: 'Decision 2-123/2025',
    });

    const again = refusal(suspend(s, { until: '2025-10-01', reason: 'r', basis: 'b', by: 'o' }, later(2)));
    expect(again.code).toBe('registry.already_suspended');
    expect(again.params).toEqual({ number: p.number, until: '2025-09-01' });
    expect(
      refusal(addAppendix(s, { subtype: 'x', issuedAt: '2025-03-03', applicationId: 'A', by: 'o' }, later(2)))
        .code,
    ).toBe('registry.permit_suspended');
    expect(
      refusal(
        reissue(
          s,
          { newNumber: number(2), issuedAt: '2025-03-03', applicationId: 'A', reason: 'r', by: 'o' },
          later(2),
        ),
      ).code,
    ).toBe('registry.permit_suspended');
    // The paper is still the holder's: a duplicate may be issued while suspended.
    expect(
      value(issueDuplicate(s, { applicationId: 'A', reason: 'lost', by: 'o' }, later(2))).duplicates,
    ).toBe(1);

    const r = value(resume(s, { reason: 'violations removed', by: 'o' }, later(3)));
    expect(r).toMatchObject({ status: 'active', suspendedUntil: null });
    expect(r.appendices[0]?.status).toBe('active');
    expect(refusal(resume(r, { reason: 'r', by: 'o' }, later(4))).code).toBe('registry.not_suspended');
  });

  it('refuses an end date that is not after today in Astana', () => {
    // 2025-03-03T19:30Z is already 2025-03-04 00:30 in Astana (UTC+5).
    const lateEvening = new Date('2025-03-03T19:30:00Z');
    const e = refusal(
      suspend(issued(), { until: '2025-03-04', reason: 'r', basis: 'b', by: 'o' }, lateEvening),
    );
    expect(e.code).toBe('registry.suspension_not_future');
    expect(
      value(suspend(issued(), { until: '2025-03-04', reason: 'r', basis: 'b', by: 'o' }, now)).status,
    ).toBe('suspended');
    expect(
      refusal(suspend(issued(), { until: 'soon', reason: 'r', basis: 'b', by: 'o' }, now)).params,
    ).toEqual({
      field: 'until',
    });
    expect(
      refusal(suspend(issued(), { until: '2025-04-01', reason: 'r', basis: '', by: 'o' }, now)).params,
    ).toEqual({
      field: 'basis',
    });
  });
});

describe('termination', () => {
  it('is final: every later command is refused with the date it ended', () => {
    const p = value(
      addAppendix(issued(), { subtype: 'flag', issuedAt: '2025-03-03', applicationId: 'A', by: 'o' }, now),
    );
    const t = value(
      terminate(p, { reason: 'holder asked', basis: 'Application A9', by: 'o' }, later(60 * 24)),
    );
    expect(t.status).toBe('terminated');
    expect(t.appendices[0]?.status).toBe('terminated');
    const e = refusal(
      reissue(
        t,
        { newNumber: number(2), issuedAt: '2025-03-05', applicationId: 'A', reason: 'r', by: 'o' },
        later(60 * 25),
      ),
    );
    expect(e.code).toBe('registry.permit_terminated');
    expect(e.params).toEqual({ number: p.number, date: '2025-03-04' });
    // Terminated at 20:00 UTC: already the next day in Astana, and the message says so.
    const evening = value(
      terminate(p, { reason: 'r', basis: 'b', by: 'o' }, new Date('2025-03-05T20:00:00Z')),
    );
    expect(refusal(terminate(evening, { reason: 'r', basis: 'b', by: 'o' }, later(60 * 72))).params).toEqual({
      number: p.number,
      date: '2025-03-06',
    });
    for (const command of [
      { type: 'resume', reason: 'r', by: 'o' },
      { type: 'terminate', reason: 'r', basis: 'b', by: 'o' },
      { type: 'issueDuplicate', applicationId: 'A', reason: 'r', by: 'o' },
      { type: 'suspend', until: '2026-01-01', reason: 'r', basis: 'b', by: 'o' },
    ] as const)
      expect(refusal(applyPermitCommand(t, command, later(60 * 25))).code).toBe('registry.permit_terminated');
  });

  it('works on a suspended permit and clears the suspension', () => {
    const s = value(suspend(issued(), { until: '2025-06-01', reason: 'r', basis: 'b', by: 'o' }, now));
    expect(value(terminate(s, { reason: 'court', basis: 'b', by: 'o' }, later(1)))).toMatchObject({
      status: 'terminated',
      suspendedUntil: null,
    });
  });
});

describe('reissue', () => {
  it('supersedes the permit with a new number carrying over the active appendices', () => {
    let p = value(
      addAppendix(issued(), { subtype: 'flag', issuedAt: '2025-03-03', applicationId: 'A', by: 'o' }, now),
    );
    p = value(
      addAppendix(p, { subtype: 'emblem', issuedAt: '2025-03-03', applicationId: 'A', by: 'o' }, now),
    );
    p = value(
      terminateAppendix(
        p,
        { appendixNumber: p.appendices[0]?.number ?? '', reason: 'r', basis: 'b', by: 'o' },
        now,
      ),
    );
    const { previous, permit } = value(
      reissue(
        p,
        {
          newNumber: number(2),
          issuedAt: '2025-04-01',
          applicationId: 'A7',
          reason: 'name changed',
          by: 'o',
          basis: 'A7',
        },
        later(10),
      ),
    );
    expect(previous).toMatchObject({ status: 'reissued', reissuedTo: number(2) });
    expect(previous.appendices.map((a) => a.status)).toEqual(['terminated', 'reissued']);
    expect(previous.history.at(-1)).toMatchObject({
      action: 'reissued',
      ref: number(2),
      reason: 'name changed',
    });
    expect(permit).toMatchObject({
      number: number(2),
      status: 'active',
      reissuedFrom: p.number,
      holderId: p.holderId,
      issuedAt: '2025-04-01',
      applicationId: 'A7',
      duplicates: 0,
    });
    expect(permit.appendices).toEqual([
      {
        number: `${number(2)}-01`,
        subtype: 'emblem',
        status: 'active',
        issuedAt: '2025-03-03',
        applicationId: 'A',
        previousNumber: `${p.number}-02`,
      },
    ]);
    expect(permit.history).toHaveLength(1);
    expect(permit.history[0]).toMatchObject({ action: 'reissued-from', ref: p.number });

    const e = refusal(issueDuplicate(previous, { applicationId: 'A', reason: 'r', by: 'o' }, later(11)));
    expect(e.code).toBe('registry.permit_superseded');
    expect(e.params).toEqual({ number: p.number, newNumber: number(2) });
  });

  it('may change the holder, which must be valid, and needs a new valid number', () => {
    const p = issued();
    const base = { issuedAt: '2025-04-01', applicationId: 'A', reason: 'r', by: 'o' };
    expect(
      value(reissue(p, { ...base, newNumber: number(2), holderId: person }, now)).permit.holderKind,
    ).toBe('individual');
    expect(refusal(reissue(p, { ...base, newNumber: number(2), holderId: '000000000000' }, now)).code).toBe(
      'registry.invalid_holder',
    );
    expect(refusal(reissue(p, { ...base, newNumber: p.number }, now)).code).toBe('registry.same_number');
    expect(refusal(reissue(p, { ...base, newNumber: 'KZ00FLG25000002' }, now)).code).toBe(
      'registry.invalid_number',
    );
    expect(refusal(reissue(p, { ...base, newNumber: number(2), reason: '' }, now)).params).toEqual({
      field: 'reason',
    });
  });
});

describe('duplicates', () => {
  it('count up and leave the permit as it was otherwise', () => {
    const p = issued();
    const d1 = value(issueDuplicate(p, { applicationId: 'A2', reason: 'lost', by: 'o' }, later(1)));
    const d2 = value(issueDuplicate(d1, { applicationId: 'A3', reason: 'damaged', by: 'o' }, later(2)));
    expect(d2).toMatchObject({ status: 'active', number: p.number, duplicates: 2 });
    expect(d2.history.map((h) => h.action)).toEqual(['issued', 'duplicate-issued', 'duplicate-issued']);
  });
});

describe('refusals change nothing', () => {
  it('leaves the permit passed in untouched, success or not', () => {
    const p = issued();
    const snapshot = structuredClone(p);
    refusal(resume(p, { reason: 'r', by: 'o' }, now));
    value(suspend(p, { until: '2025-06-01', reason: 'r', basis: 'b', by: 'o' }, now));
    value(
      reissue(
        p,
        { newNumber: number(2), issuedAt: '2025-04-01', applicationId: 'A', reason: 'r', by: 'o' },
        now,
      ),
    );
    expect(p).toEqual(snapshot);
  });
});
