/**
 * Issue 13 item 5: tacit consent as seed 004 (Standard 16-т. 2-бөлік) sets it. The licence (or
 * its appendix) not handed over within 5 working days after the term ends counts as received at
 * the end of the 5th working day; it turns on the hand-over, not on the decision. Dates are
 * computed by hand from the official calendar (src/calendar/data/2025.json).
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/cases/model.ts';
import { timersFor } from '../../src/cases/timers.ts';
import { fixtureService, FIXTURE_ACT_ID } from '../fixtures/service.ts';
import { Case, applicantActor, newest, system } from './harness.ts';

const at = (iso: string) => new Date(iso);
const crypto = newest('crypto-protection-means-license');
const company = { id: '090440000039', type: 'legal-entity' as const, name: 'ЖШС «Қорған»' };
const us = applicantActor(company.id);
const clerk: Actor = { id: 'clerk', role: 'office-clerk' };
const official: Actor = { id: 'official-1', role: 'other' };
const head: Actor = { id: 'head-1', role: 'head' };

/** Handed in on paper on Wed 05.03.2025 at 11:00 and registered by the clerk at 11:30. */
function handedIn(caseId = 'issue', extra = {}): Case {
  const c = new Case(crypto.service, crypto.actId);
  c.run(
    {
      type: 'create-draft',
      serviceId: crypto.service.id,
      caseId,
      channel: 'provider-office',
      applicant: company,
      ...(caseId === 'issue' ? {} : { permitNumber: 'KZ00TST24000001' }),
      // Seed 004 11-т. 1): a reissue declares the change and its date, a duplicate the loss.
      ...(caseId === 'reissue'
        ? { ground: { kind: 'change' as const, change: 'атауы өзгерді', changedOn: '2025-03-03' } }
        : caseId === 'duplicate'
          ? { ground: { kind: 'loss' as const, note: null } }
          : {}),
    },
    at('2025-03-05T11:00:00+05:00'),
    us,
    { permit: { number: 'KZ00TST24000001', holderId: company.id, status: 'active' }, ...extra },
  );
  c.run({ type: 'submit' }, at('2025-03-05T11:00:00+05:00'), us);
  c.run({ type: 'register', inboundNumber: '' }, at('2025-03-05T11:30:00+05:00'), clerk);
  return c;
}

// Term: 15 working days from Wed 05.03.2025 (7-т.): 06, 07 (1–2), [08 Sat Women's Day, 09 Sun,
// 10 Mon the carried-over day off], 11–14 (3–6), 17–20 (7–10), [21 Fri – 25 Tue Nauryz with
// its carry-overs], 26–28 (11–13), 31.03 (14), 01.04 (15) → the term ends 01.04.2025.
// Hand-over (16-т.): 5 working days after 01.04: 02 (1), 03 (2), 04 (3), [05–06 weekend],
// 07 (4), 08 (5) → counts as received at the end of 08.04.2025 (18:00, the working day's end).
describe('seed 004 16-т. 2-бөлік: the licence not handed over within 5 working days after the term counts as received', () => {
  it('registered 05.03.2025, term ends 01.04.2025: received at the end of 08.04.2025, not on 01.04', () => {
    const c = handedIn();
    expect(c.s.deadline?.explanation.result).toBe('2025-04-01');
    expect(c.s.tacitConsentDue?.explanation.result).toBe('2025-04-08');
    expect(c.office.format(new Date(c.s.tacitConsentDue?.at ?? ''))).toBe('2025-04-08T18:00+05:00');
    expect(c.s.tacitConsentDue?.explanation.sources).toContain('Стандарт (1-т. 2)), 16-т. 2-бөлік');
    expect(timersFor(c.s)).toContainEqual(
      expect.objectContaining({ kind: 'tacit-consent', dueAt: new Date('2025-04-08T18:00:00+05:00') }),
    );
    // At the term's end nothing is received yet; a minute before the 5th day ends, neither.
    expect(
      c.run({ type: 'fire-timer', kind: 'tacit-consent' }, at('2025-04-01T18:01:00+05:00'), system),
    ).toEqual([]);
    expect(
      c.run({ type: 'fire-timer', kind: 'tacit-consent' }, at('2025-04-08T17:59:00+05:00'), system),
    ).toEqual([]);
    expect(() =>
      c.run({ type: 'fire-timer', kind: 'tacit-consent' }, at('2025-04-08T18:00:00+05:00'), clerk),
    ).toThrow(expect.objectContaining({ code: 'cases.forbidden_role' }));
    // The timer runs late (at 18:07): the licence still counts as received at 18:00.
    c.run({ type: 'fire-timer', kind: 'tacit-consent' }, at('2025-04-08T18:07:00+05:00'), system);
    expect(c.s.status).toBe('delivered');
    expect(c.s.decision).toMatchObject({ kind: 'approve', tacit: true });
    expect(c.s.issued).toMatchObject({ tacit: true, permitNumber: 'KZ00TST25000001' });
    expect(c.s.deemedReceived).toBe(true);
    expect(c.office.format(new Date(c.s.deliveredAt ?? ''))).toBe('2025-04-08T18:00+05:00');
    expect(timersFor(c.s).map((t) => t.kind)).not.toContain('tacit-consent');
  });

  it('an approved and issued licence never handed over still counts as received (it turns on the hand-over)', () => {
    const c = handedIn();
    reachDecision(c, '2025-03-06T10:00:00+05:00');
    c.run(
      {
        type: 'record-payment',
        invoiceId: 'i',
        amountTenge: 1,
        transactionId: 't',
        paidAt: '2025-03-06T10:00:00Z',
      },
      at('2025-03-06T10:10:00+05:00'),
      system,
      {},
    );
    c.run({ type: 'decide', decision: 'approve' }, at('2025-03-27T10:00:00+05:00'), head);
    c.run({ type: 'sign', signatureId: 's' }, at('2025-03-27T10:05:00+05:00'), head);
    c.run({ type: 'issue', permitNumber: 'KZ00TST25000009' }, at('2025-03-27T10:06:00+05:00'), system);
    expect(c.s.status).toBe('issued');
    const events = c.run(
      { type: 'fire-timer', kind: 'tacit-consent' },
      at('2025-04-08T18:00:00+05:00'),
      system,
    );
    // Not approved or issued again: only received.
    expect(events.map((e) => e.type)).toEqual(['delivered']);
    expect(c.s.issued).toMatchObject({ tacit: false, permitNumber: 'KZ00TST25000009' });
    expect(c.s.deemedReceived).toBe(true);
  });

  it('handed over in time, or refused, there is nothing to consent to', () => {
    const delivered = handedIn();
    reachDecision(delivered, '2025-03-06T10:00:00+05:00');
    delivered.run(
      {
        type: 'record-payment',
        invoiceId: 'i',
        amountTenge: 1,
        transactionId: 't',
        paidAt: '2025-03-06T10:00:00Z',
      },
      at('2025-03-06T10:10:00+05:00'),
      system,
    );
    delivered.run({ type: 'decide', decision: 'approve' }, at('2025-03-27T10:00:00+05:00'), head);
    delivered.run({ type: 'sign', signatureId: 's' }, at('2025-03-27T10:05:00+05:00'), head);
    delivered.run(
      { type: 'issue', permitNumber: 'KZ00TST25000009' },
      at('2025-03-27T10:06:00+05:00'),
      system,
    );
    delivered.run({ type: 'deliver' }, at('2025-04-07T10:00:00+05:00'), system);
    expect(timersFor(delivered.s).map((t) => t.kind)).not.toContain('tacit-consent');
    expect(
      delivered.run({ type: 'fire-timer', kind: 'tacit-consent' }, at('2025-04-08T18:00:00+05:00'), system),
    ).toEqual([]);
    expect(delivered.s.deemedReceived).toBeUndefined();

    const refused = handedIn();
    refused.run(
      {
        type: 'check-completeness',
        complete: false,
        missing: ['2-қосымша'],
        groundIds: [incompleteGround()],
      },
      at('2025-03-06T10:00:00+05:00'),
      official,
    );
    expect(timersFor(refused.s).map((t) => t.kind)).not.toContain('tacit-consent');
    expect(
      refused.run({ type: 'fire-timer', kind: 'tacit-consent' }, at('2025-04-08T18:00:00+05:00'), system),
    ).toEqual([]);
  });

  it('it covers the licence and its appendix, as the act names them; not a reissue or a duplicate', () => {
    expect(crypto.service.tacitConsent?.caseKinds).toEqual(['issue', 'appendix']);
    expect(handedIn('appendix').s.tacitConsentDue?.explanation.result).toBe('2025-04-08');
    // Reissue: 10 working days from 05.03.2025: 06, 07 (1–2), [08–10], 11–14 (3–6), 17–20
    // (7–10) → 20.03.2025; the act gives it no tacit consent.
    const reissue = handedIn('reissue');
    expect(reissue.s.deadline?.explanation.result).toBe('2025-03-20');
    expect(reissue.s.tacitConsentDue).toBeNull();
    expect(handedIn('duplicate').s.tacitConsentDue).toBeNull();
  });
});

describe('tacit consent is not suspended by the engine’s own pauses (fixture act 9-т., with a clock stop)', () => {
  it('the clock stopped 03.06 → 05.06.2025 moves the term to 16.06 but not the tacit instant of 19.06', () => {
    // Fixture: seed 000's 7 working days from Mon 02.06.2025: 03, 04, 05 (1–3), [06 Fri Kurban
    // Ait], 09–12 (4–7) → 12.06.2025. Tacit: 5 working days after 12.06: 13 (1), [14–15
    // weekend], 16–19 (2–5) → 19.06.2025 at the provider's 18:30.
    // Stopped Tue 03.06 → Thu 05.06: working days (03, 05] = 04, 05 = 2 → term 12.06 + 2 → 16.06.
    const c = new Case(fixtureService({ tacitConsent: true }), FIXTURE_ACT_ID);
    const person = { id: '900404300004', type: 'individual' as const, name: 'Әлиев Нұрлан' };
    const me = applicantActor(person.id);
    c.run(
      {
        type: 'create-draft',
        serviceId: c.service.id,
        caseId: 'issue',
        channel: 'egov-portal',
        applicant: person,
      },
      at('2025-06-02T10:00:00+05:00'),
      me,
    );
    c.run({ type: 'submit' }, at('2025-06-02T10:00:00+05:00'), me);
    expect(c.s.deadline?.explanation.result).toBe('2025-06-12');
    expect(c.s.tacitConsentDue?.explanation.result).toBe('2025-06-19');
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    c.run({ type: 'request-documents', documents: ['анықтама'] }, at('2025-06-03T10:00:00+05:00'), official);
    c.run({ type: 'provide-documents' }, at('2025-06-05T10:00:00+05:00'), me);
    expect(c.s.deadline?.explanation.result).toBe('2025-06-16');
    expect(c.s.tacitConsentDue?.explanation.result).toBe('2025-06-19');
    expect(c.office.format(new Date(c.s.tacitConsentDue?.at ?? ''))).toBe('2025-06-19T18:30+05:00');
  });
});

/** Completeness confirmed and the steps before the act's deciding step ("consider") done, each by its role. */
function reachDecision(c: Case, when: string): void {
  c.run({ type: 'check-completeness', complete: true }, at(when), official);
  for (
    let current = c.s.currentStepId;
    current !== null && current !== 'consider';
    current = c.s.currentStepId
  )
    c.run({ type: 'complete-step', stepId: current }, at(when), current === 'accept' ? clerk : official);
}

function incompleteGround(): string {
  const g = crypto.service.refusalGrounds.find((r) => r.kind === 'incomplete');
  if (g === undefined) throw new Error('seed 004 has an incompleteness ground');
  return g.id;
}
