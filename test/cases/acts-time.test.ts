/**
 * Issue 13: the engine keeps the acts' time. One test per departure, named after the act and
 * paragraph; every date is computed by hand from the official calendar (src/calendar/data) and
 * the computation is written next to it.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/cases/model.ts';
import { Case, applicantActor, newest } from './harness.ts';

const at = (iso: string) => new Date(iso);
const official: Actor = { id: 'official-1', role: 'other' };

// Seed 000: the State Flag and Emblem licence, portal only.
const flag = newest('state-flag-emblem-manufacturing-license');
const person = { id: '900404300004', type: 'individual' as const, name: 'Әлиев Нұрлан' };

function filedOnPortal(when: string): Case {
  const c = new Case(flag.service, flag.actId);
  const me = applicantActor(person.id);
  c.run(
    {
      type: 'create-draft',
      serviceId: flag.service.id,
      caseId: 'issue',
      channel: 'egov-portal',
      applicant: person,
    },
    at(when),
    me,
  );
  c.run({ type: 'submit' }, at(when), me);
  return c;
}

// Seed 004: the KNB licences, Standard 1-т. 2) (crypto protection means), filed on paper.
const crypto = newest('crypto-protection-means-license');
const company = { id: '090440000039', type: 'legal-entity' as const, name: 'ЖШС «Қорған»' };
const clerk: Actor = { id: 'clerk', role: 'office-clerk' };

function handedIn(when: string, registeredWhen: string, caseId = 'issue'): Case {
  const c = new Case(crypto.service, crypto.actId);
  const us = applicantActor(company.id);
  c.run(
    {
      type: 'create-draft',
      serviceId: crypto.service.id,
      caseId,
      channel: 'provider-office',
      applicant: company,
    },
    at(when),
    us,
  );
  c.run({ type: 'submit' }, at(when), us);
  c.run({ type: 'register', inboundNumber: '' }, at(registeredWhen), clerk);
  return c;
}

describe('seed 000 p.9: nothing happens before registration', () => {
  it('a request filed Wed 02.12.2026 at 19:47 is registered Thu 03.12.2026 09:00; no step or check before then', () => {
    // 02.12.2026 is a Wednesday, a working day; 19:47 is after the provider's 18:30 closing
    // (2-қосымша, 7-жол), so p.9 moves it to the next working day, Thursday 03.12 at 09:00.
    const c = filedOnPortal('2026-12-02T19:47:00+05:00');
    expect(c.office.format(new Date(c.s.registration?.registeredAt ?? ''))).toBe('2026-12-03T09:00+05:00');
    expect(() =>
      c.run(
        { type: 'complete-step', stepId: 'completeness-check' },
        at('2026-12-02T20:00:00+05:00'),
        official,
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.before_registration' }));
    expect(() =>
      c.run({ type: 'check-completeness', complete: true }, at('2026-12-02T20:01:00+05:00'), official),
    ).toThrow(expect.objectContaining({ code: 'cases.before_registration' }));
    // Confirming completeness completes the act's completeness step (one action).
    c.run({ type: 'check-completeness', complete: true }, at('2026-12-03T09:05:00+05:00'), official);
    expect(c.s.currentStepId).toBe('site-visit');
  });
});

describe('terms count from the point the act names (countsFrom)', () => {
  it('seed 000 p.10: the site visit is due 2 working days from registration, not from the completeness check', () => {
    // Registered Thu 03.12.2026 10:00. Working days after it: Fri 04.12 (1), [Sat 05, Sun 06
    // off], Mon 07.12 (2) → due Mon 07.12.2026 at 18:30. Counted from the completeness check
    // done on Fri 04.12 it would wrongly be Tue 08.12.
    const c = filedOnPortal('2026-12-03T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2026-12-04T17:00:00+05:00'), official);
    const visit = c.s.steps.find((s) => s.stepId === 'site-visit');
    expect(visit?.due?.explanation.result).toBe('2026-12-07');
    expect(c.office.format(new Date(visit?.due?.at ?? ''))).toBe('2026-12-07T18:30+05:00');
  });

  it('seed 004 p.7: the terms run from the day of submission; a clerk registering late does not shift them', () => {
    // Handed in Wed 05.03.2025, registered by the clerk only on Thu 06.03.2025.
    // 15 working days from 05.03.2025: 06, 07 (1–2), [08 Sat = Women's Day, 09 Sun, 10 Mon
    // carried-over day off], 11–14 (3–6), 17–20 (7–10), [21–25 Nauryz with carry-overs],
    // 26–28 (11–13), 31.03 (14), 01.04 (15) → 01.04.2025.
    // Completeness ("from receipt of the documents"): 2 working days from 05.03 → 07.03.2025.
    const c = handedIn('2025-03-05T11:00:00+05:00', '2025-03-06T10:30:00+05:00');
    expect(c.s.deadline?.explanation.result).toBe('2025-04-01');
    expect(c.s.completenessDue?.explanation.result).toBe('2025-03-07');
  });

  it('seed 000 p.12-1: the objection window runs from receipt of the preliminary decision (its arrival in the cabinet)', () => {
    // Registered Mon 07.12.2026 10:00; the decision reaches the personal cabinet Tue 08.12 at
    // 11:00. 2 working days from 08.12: Wed 09.12 (1), Thu 10.12 (2) → 10.12.2026, 18:30.
    const c = filedOnPortal('2026-12-07T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2026-12-07T11:00:00+05:00'), official);
    c.run(
      { type: 'send-preliminary-decision', groundIds: ['qualification-requirements-not-met'], text: '…' },
      at('2026-12-08T11:00:00+05:00'),
      official,
    );
    expect(flag.service.hearing?.objectionWindow?.termFrom).toBe('receipt');
    expect(c.s.preliminaryDecision?.objectionDue?.explanation.start).toBe('2026-12-08');
    expect(c.s.preliminaryDecision?.objectionDue?.explanation.result).toBe('2026-12-10');
  });
});

describe('seed 004 p.9: the 10:00–12:00 reception window is not the working day', () => {
  it('a portal filing at 12:30 is filed that day (p.9 2): round the clock), and the term ends at the end of the working day', () => {
    // Filed Wed 05.03.2025 at 12:30 on the e-licence portal: registered at once, not moved.
    // 15 working days from 05.03.2025 → 01.04.2025 (computed in the p.7 test above); the day
    // ends at the deployment's closing time (the act states only a reception window).
    const c = new Case(crypto.service, crypto.actId);
    const us = applicantActor(company.id);
    c.run(
      {
        type: 'create-draft',
        serviceId: crypto.service.id,
        caseId: 'issue',
        channel: 'elicense-portal',
        applicant: company,
      },
      at('2025-03-05T12:30:00+05:00'),
      us,
    );
    c.run({ type: 'submit' }, at('2025-03-05T12:30:00+05:00'), us);
    expect(c.office.format(new Date(c.s.registration?.registeredAt ?? ''))).toBe('2025-03-05T12:30+05:00');
    expect(c.office.format(new Date(c.s.deadline?.at ?? ''))).toBe('2025-04-01T18:00+05:00');
  });

  it('seed 000 p.9 keeps its next-working-day rule (the only seed that has it)', () => {
    // Thu 03.12.2026 at 19:00, after 18:30 → Fri 04.12.2026 09:00.
    const c = filedOnPortal('2026-12-03T19:00:00+05:00');
    expect(c.office.format(new Date(c.s.registration?.registeredAt ?? ''))).toBe('2026-12-04T09:00+05:00');
  });
});

describe('Law on permits art. 25: approval silence only for versions in force after the Law', () => {
  it('seed 004 (in force 2013, before Law No. 202-V of 16.05.2014): an agency’s silence is not agreement', () => {
    // Handed in Wed 05.03.2025, registered Thu 06.03.2025; approval asked Tue 11.03.2025.
    // 10 working days from 11.03: 12–14 (1–3), 17–20 (4–7), [21–25 Nauryz], 26–28 (8–10) → 28.03.2025.
    const c = handedIn('2025-03-05T11:00:00+05:00', '2025-03-06T10:30:00+05:00');
    expect(crypto.service.validFrom < '2014-05-16').toBe(true);
    c.run({ type: 'check-completeness', complete: true }, at('2025-03-11T10:00:00+05:00'), official);
    c.run({ type: 'request-approval', agency: 'ІІМ' }, at('2025-03-11T11:00:00+05:00'), official);
    expect(c.s.approvals[0]?.due?.explanation.result).toBe('2025-03-28');
    const fired = c.run(
      { type: 'fire-timer', kind: 'approval-due', ref: 'ІІМ' },
      at('2025-03-31T09:00:00+05:00'),
      { id: 'system', role: 'system' },
    );
    expect(fired).toEqual([]);
    expect(c.s.approvals[0]).toMatchObject({ answeredAt: null, tacit: false });
  });
});
