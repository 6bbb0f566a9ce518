import { describe, expect, it } from 'vitest';
import { feeInTenge } from '../../src/money/index.ts';
import type { Actor } from '../../src/cases/model.ts';
import { applicant, flag, me, newDraft, submitted } from './flag-case.ts';
import { Case, applicantActor, system } from './harness.ts';

// Seed 000 (./flag-case.ts): the State Flag and Emblem license — 7 working days, completeness in 1 working day,
// preliminary decision ≥ 3 working days before the term, 2 working days to object (Rules 10-, 12-, 12-1-т.).
const official: Actor = { id: 'official-1', role: 'other' };
const at = (iso: string) => new Date(iso);

describe('registration (Rules 9-т.)', () => {
  it('a portal request on a working day during hours is registered at once; the term ends 7 working days later at closing time', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    expect(c.s.status).toBe('registered');
    expect(c.s.registration?.registeredAt).toBe('2025-06-02T05:00:00.000Z');
    // Mon 2 June + 7 working days (6 June is Kurban Ait, a day off) → Thursday 12 June, 18:30.
    expect(c.s.deadline?.explanation.result).toBe('2025-06-12');
    expect(c.office.format(new Date(c.s.deadline?.at ?? ''))).toBe('2025-06-12T18:30+05:00');
    expect(c.s.completenessDue?.explanation.result).toBe('2025-06-03');
  });

  it('after hours on Friday it counts from Monday 09:00, and the explanation says why', () => {
    const c = submitted('2025-05-30T19:10:00+05:00');
    expect(c.office.format(new Date(c.s.registration?.registeredAt ?? ''))).toBe('2025-06-02T09:00+05:00');
    expect(c.s.registration?.explanation.skipped).toEqual(['2025-05-31', '2025-06-01']);
  });

  it('on a holiday it counts from the next working day (Nauryz 2025 → 26 March)', () => {
    const c = submitted('2025-03-21T11:00:00+05:00');
    expect(c.office.format(new Date(c.s.registration?.registeredAt ?? ''))).toBe('2025-03-26T09:00+05:00');
  });
});

describe('a new draft is one event: the default channel and the unit it is addressed to', () => {
  const now = at('2025-06-02T10:00:00+05:00');
  const draft = { type: 'create-draft', serviceId: flag.service.id, caseId: 'issue', applicant } as const;

  it('without a channel it goes to the first portal the service offers', () => {
    const c = new Case(flag.service, flag.actId);
    const portal = flag.service.channels.map((ch) => ch.kind).find((k) => k.endsWith('-portal'));
    c.run(draft, now, me);
    expect(portal).toBeDefined();
    expect(c.s.channel).toBe(portal);
    expect(c.s.unitId).toBeUndefined();
  });

  it('a unit of the provider is recorded with the draft; any other is refused, naming the units', () => {
    const c = new Case(flag.service, flag.actId);
    expect(() => c.run({ ...draft, unitId: 'west' }, now, me, { units: ['east', 'north'] })).toThrow(
      expect.objectContaining({
        code: 'admin.unknown_unit',
        params: expect.objectContaining({ units: 'east, north' }),
      }),
    );
    expect(c.state).toBeNull();
    const [created] = c.run({ ...draft, unitId: 'north' }, now, me, { units: ['east', 'north'] });
    expect(created).toMatchObject({ type: 'draft-created', unitId: 'north' });
    expect(c.s.unitId).toBe('north');
  });
});

describe('roles (no step can be done by a role the step does not name)', () => {
  it('registration completes what nobody takes by hand: the current step is the first someone must act on', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    // Filling in and paying were the submission; the status and the gateway's data are the
    // information systems'; the provider's registration is the registered event itself.
    expect(c.s.steps.map((s) => [s.stepId, s.doneAt !== null])).toEqual([
      ['fill-form', true],
      ['pay-fee', true],
      ['request-accepted-status', true],
      ['register-request', true],
      ['state-db-data', true],
      ['completeness-check', false],
    ]);
    expect(c.s.currentStepId).toBe('completeness-check');
    // Its term (Rules 10-т.: 1 working day) runs from the registration.
    expect(c.s.steps.at(-1)?.due?.explanation.result).toBe('2025-06-03');
  });

  it('the applicant cannot complete the provider’s step, nor an official the applicant’s', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    expect(() =>
      c.run({ type: 'complete-step', stepId: 'completeness-check' }, at('2025-06-02T10:05:00+05:00'), me),
    ).toThrow(expect.objectContaining({ code: 'cases.forbidden_role' }));
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T10:05:00+05:00'), official);
    expect(() =>
      c.run(
        { type: 'complete-step', stepId: 'completeness-check' },
        at('2025-06-02T10:06:00+05:00'),
        official,
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.not_current_step' }));
    c.run({ type: 'complete-step', stepId: 'site-visit' }, at('2025-06-02T10:08:00+05:00'), official);
    c.run(
      { type: 'complete-step', stepId: 'examine-grounds', branch: 'refusal-grounds' },
      at('2025-06-02T10:09:00+05:00'),
      official,
    );
    c.run(
      { type: 'complete-step', stepId: 'preliminary-decision' },
      at('2025-06-02T10:10:00+05:00'),
      official,
    );
    // The objection is the applicant's step: an official cannot take it.
    expect(c.s.currentStepId).toBe('objection');
    expect(() =>
      c.run({ type: 'complete-step', stepId: 'objection' }, at('2025-06-02T10:11:00+05:00'), official),
    ).toThrow(expect.objectContaining({ code: 'cases.forbidden_role' }));
    c.run({ type: 'complete-step', stepId: 'objection' }, at('2025-06-02T10:11:00+05:00'), me);
  });

  it('the applicant cannot decide; another applicant cannot withdraw', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    expect(() => c.run({ type: 'decide', decision: 'approve' }, at('2025-06-02T12:00:00+05:00'), me)).toThrow(
      expect.objectContaining({ code: 'cases.forbidden_role' }),
    );
    expect(() =>
      c.run(
        { type: 'withdraw', reason: 'x' },
        at('2025-06-02T12:00:00+05:00'),
        applicantActor('000000000000'),
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.not_applicant' }));
  });
});

describe('completeness (Rules 10-, 11-т.)', () => {
  it("is one action: confirming completes the act's completeness step; its outcome cannot be taken back", () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    // While completeness is open the step is taken by the check, not on its own.
    expect(() =>
      c.run(
        { type: 'complete-step', stepId: 'completeness-check' },
        at('2025-06-02T10:30:00+05:00'),
        official,
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.completeness_step' }));
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    expect(c.s.completeness).toBe('confirmed');
    expect(c.s.steps.find((s) => s.stepId === 'completeness-check')?.doneAt).not.toBeNull();
    // Rules 10-т.: the complete package goes on to the site visit (2 working days from registration).
    expect(c.s.currentStepId).toBe('site-visit');
    expect(() =>
      c.run(
        {
          type: 'check-completeness',
          complete: false,
          missing: ['1-қосымша'],
          groundIds: ['incomplete-or-expired-documents'],
        },
        at('2025-06-02T11:10:00+05:00'),
        official,
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.wrong_status' }));
  });

  it('after the completeness window confirmed it, the step goes on only on its normal path', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    // Rules 10-т.: 1 working day from registration on 02.06 → 03.06.2025 at 18:30.
    c.run({ type: 'fire-timer', kind: 'completeness-window' }, at('2025-06-04T09:00:00+05:00'), system);
    expect(c.s.completeness).toBe('confirmed');
    expect(() =>
      c.run(
        { type: 'complete-step', stepId: 'completeness-check', branch: 'incomplete-documents' },
        at('2025-06-04T09:10:00+05:00'),
        official,
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.completeness_settled' }));
    c.run({ type: 'complete-step', stepId: 'completeness-check' }, at('2025-06-04T09:10:00+05:00'), official);
    expect(c.s.currentStepId).toBe('site-visit');
  });

  it("a refusal for incompleteness takes the step's branch to the refusal (Rules 10-т.)", () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run(
      {
        type: 'check-completeness',
        complete: false,
        missing: ['1-қосымша'],
        groundIds: ['incomplete-or-expired-documents'],
      },
      at('2025-06-02T11:00:00+05:00'),
      official,
    );
    expect(c.s.status).toBe('refused');
    expect(c.s.steps.find((s) => s.stepId === 'completeness-check')?.branch).toBe('incomplete-documents');
    expect(c.s.currentStepId).toBe('refuse-further-consideration');
  });

  it('a refusal for incompleteness within the window needs an incompleteness ground', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    expect(() =>
      c.run(
        {
          type: 'check-completeness',
          complete: false,
          missing: ['1-қосымша'],
          groundIds: ['license-fee-not-paid'],
        },
        at('2025-06-02T15:00:00+05:00'),
        official,
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.ground_kind' }));
    c.run(
      {
        type: 'check-completeness',
        complete: false,
        missing: ['1-қосымша'],
        groundIds: ['incomplete-or-expired-documents'],
      },
      at('2025-06-02T15:00:00+05:00'),
      official,
    );
    expect(c.s.status).toBe('refused');
    expect(c.s.decision?.groundIds).toEqual(['incomplete-or-expired-documents']);
  });

  it('after the 1-working-day window the request counts as complete and can no longer be refused as incomplete', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    expect(() =>
      c.run(
        {
          type: 'check-completeness',
          complete: false,
          missing: ['x'],
          groundIds: ['incomplete-or-expired-documents'],
        },
        at('2025-06-04T09:00:00+05:00'),
        official,
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.completeness_window_passed' }));
    c.run({ type: 'fire-timer', kind: 'completeness-window' }, at('2025-06-04T09:00:00+05:00'), system);
    expect(c.s.status).toBe('in-review');
  });
});

describe('hearing before a refusal (Rules 12-1-т.)', () => {
  const inReview = () => {
    const c = submitted('2025-06-02T10:00:00+05:00'); // deadline Thursday 12 June
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    return c;
  };
  const refuse = {
    type: 'decide' as const,
    decision: 'refuse' as const,
    groundIds: ['qualification-requirements-not-met'],
    reasoning: 'Біліктілік талаптарына сәйкес емес',
  };

  it('no refusal without a preliminary decision', () => {
    expect(() => inReview().run(refuse, at('2025-06-03T10:00:00+05:00'), official)).toThrow(
      expect.objectContaining({ code: 'cases.hearing_required' }),
    );
  });

  it('the preliminary decision must go at least 3 working days before the deadline', () => {
    const c = inReview();
    // Latest day: 12 June − 3 working days = 9 June (6 June is a holiday).
    expect(() =>
      c.run(
        { type: 'send-preliminary-decision', groundIds: refuse.groundIds, text: '…' },
        at('2025-06-10T10:00:00+05:00'),
        official,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'cases.preliminary_too_late',
        params: expect.objectContaining({ latest: '2025-06-09' }),
      }),
    );
    c.run(
      { type: 'send-preliminary-decision', groundIds: refuse.groundIds, text: '…' },
      at('2025-06-09T10:00:00+05:00'),
      official,
    );
    expect(c.s.preliminaryDecision?.objectionDue?.explanation.result).toBe('2025-06-11');
  });

  it('while the 2-working-day objection window is open the refusal waits; after it, the refusal goes through', () => {
    const c = inReview();
    c.run(
      { type: 'send-preliminary-decision', groundIds: refuse.groundIds, text: '…' },
      at('2025-06-03T10:00:00+05:00'),
      official,
    );
    expect(() => c.run(refuse, at('2025-06-04T10:00:00+05:00'), official)).toThrow(
      expect.objectContaining({ code: 'cases.objection_window_open' }),
    );
    expect(() =>
      c.run({ ...refuse, groundIds: ['unreliable-documents'] }, at('2025-06-09T10:00:00+05:00'), official),
    ).toThrow(expect.objectContaining({ code: 'cases.ground_not_in_preliminary' }));
    c.run(refuse, at('2025-06-09T10:00:00+05:00'), official);
    expect(c.s.status).toBe('refused');
  });

  it('an objection must be heard before the refusal; an objection after the window is refused', () => {
    const c = inReview();
    c.run(
      { type: 'send-preliminary-decision', groundIds: refuse.groundIds, text: '…' },
      at('2025-06-03T10:00:00+05:00'),
      official,
    );
    c.run({ type: 'file-objection', text: 'Келіспеймін' }, at('2025-06-04T10:00:00+05:00'), me);
    expect(() => c.run(refuse, at('2025-06-09T10:00:00+05:00'), official)).toThrow(
      expect.objectContaining({ code: 'cases.objection_window_open' }),
    );
    c.run({ type: 'record-hearing', text: 'Тыңдау хаттамасы' }, at('2025-06-09T10:00:00+05:00'), official);
    c.run(refuse, at('2025-06-09T11:00:00+05:00'), official);
    expect(c.s.status).toBe('refused');

    const late = inReview();
    late.run(
      { type: 'send-preliminary-decision', groundIds: refuse.groundIds, text: '…' },
      at('2025-06-03T10:00:00+05:00'),
      official,
    );
    expect(() =>
      late.run({ type: 'file-objection', text: 'кеш' }, at('2025-06-06T10:00:00+05:00'), me),
    ).toThrow(expect.objectContaining({ code: 'cases.objection_window_closed' }));
  });
});

describe('the decision comes after what the act puts before it', () => {
  it('seed 000 p.10–11: no approval before the site visit; at the examination of the grounds it is possible', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run(
      {
        type: 'record-payment',
        invoiceId: 'i',
        amountTenge: 39_320,
        transactionId: 't',
        paidAt: '2025-06-02T10:01:00Z',
      },
      at('2025-06-02T10:30:00+05:00'),
      system,
    );
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    expect(c.s.currentStepId).toBe('site-visit');
    expect(() =>
      c.run({ type: 'decide', decision: 'approve' }, at('2025-06-02T12:00:00+05:00'), official),
    ).toThrow(expect.objectContaining({ code: 'cases.decision_step_not_reached' }));
    c.run({ type: 'complete-step', stepId: 'site-visit' }, at('2025-06-03T10:00:00+05:00'), official);
    expect(c.s.currentStepId).toBe('examine-grounds');
    c.run({ type: 'decide', decision: 'approve' }, at('2025-06-03T11:00:00+05:00'), official);
    expect(c.s.status).toBe('approved');
  });
});

describe('payment (2-қосымша, 6-жол: 10 MCI)', () => {
  it('approval needs the fee paid, in the exact amount of 10 MCI on the registration date', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    c.run({ type: 'complete-step', stepId: 'site-visit' }, at('2025-06-02T11:30:00+05:00'), official);
    expect(() =>
      c.run({ type: 'decide', decision: 'approve' }, at('2025-06-03T10:00:00+05:00'), official),
    ).toThrow(expect.objectContaining({ code: 'cases.payment_required' }));
    const fee = feeInTenge(10, '2025-06-02').tenge;
    expect(fee).toBe(39_320);
    expect(() =>
      c.run(
        {
          type: 'record-payment',
          invoiceId: 'i',
          amountTenge: fee - 1,
          transactionId: 't',
          paidAt: '2025-06-02T10:01:00Z',
        },
        at('2025-06-03T10:00:00+05:00'),
        system,
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.payment_amount' }));
    c.run(
      {
        type: 'record-payment',
        invoiceId: 'i',
        amountTenge: fee,
        transactionId: 't',
        paidAt: '2025-06-02T10:01:00Z',
      },
      at('2025-06-03T10:00:00+05:00'),
      system,
    );
    c.run({ type: 'decide', decision: 'approve' }, at('2025-06-03T10:00:00+05:00'), official);
    c.run({ type: 'sign', signatureId: 'sig-1' }, at('2025-06-03T10:10:00+05:00'), official);
    c.run({ type: 'issue', permitNumber: 'KZ00TST25000001' }, at('2025-06-03T10:11:00+05:00'), system);
    expect(c.s.status).toBe('issued');
  });
});

describe('payment on the portal before submission (seed 000 process: fill in → pay → submit)', () => {
  it('the fee paid on the draft is kept through submission, and a second payment is refused', () => {
    const when = at('2025-06-02T10:00:00+05:00');
    const c = newDraft(when);
    const payment = {
      type: 'record-payment' as const,
      invoiceId: 'i',
      amountTenge: feeInTenge(10, '2025-06-02').tenge,
      transactionId: 't',
      paidAt: '2025-06-02T10:01:00Z',
    };
    c.run(payment, when, system);
    expect(c.s.status).toBe('draft');
    c.run({ type: 'submit' }, when, me);
    expect(c.s.status).toBe('registered');
    expect(c.s.payment?.amountTenge).toBe(39_320);
    expect(() => c.run({ ...payment, transactionId: 't2' }, when, system)).toThrow(
      expect.objectContaining({ code: 'cases.wrong_status' }),
    );
  });
});

describe('approvals of other state bodies (Law on permits art. 25 p. 2–3)', () => {
  it('an agency silent for 10 working days counts as agreeing', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    c.run({ type: 'request-approval', agency: 'ІІМ' }, at('2025-06-02T12:00:00+05:00'), official);
    expect(c.s.approvals[0]?.due?.explanation.result).toBe('2025-06-17');
    c.run({ type: 'fire-timer', kind: 'approval-due', ref: 'ІІМ' }, at('2025-06-17T18:31:00+05:00'), system);
    expect(c.s.approvals[0]).toMatchObject({ approved: true, tacit: true });
  });

  it('a negative answer blocks approval', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    c.run({ type: 'complete-step', stepId: 'site-visit' }, at('2025-06-02T11:30:00+05:00'), official);
    c.run({ type: 'request-approval', agency: 'ІІМ' }, at('2025-06-02T12:00:00+05:00'), official);
    c.run(
      { type: 'record-approval', agency: 'ІІМ', approved: false, text: 'Талаптарға сәйкес емес' },
      at('2025-06-03T12:00:00+05:00'),
      { id: 'mvd', role: 'approving-agency' },
    );
    c.run(
      {
        type: 'record-payment',
        invoiceId: 'i',
        amountTenge: 39_320,
        transactionId: 't',
        paidAt: '2025-06-02T10:01:00Z',
      },
      at('2025-06-03T13:00:00+05:00'),
      system,
    );
    expect(() =>
      c.run({ type: 'decide', decision: 'approve' }, at('2025-06-03T14:00:00+05:00'), official),
    ).toThrow(expect.objectContaining({ code: 'cases.not_ready' }));
  });
});

describe('seed 000 11-т.: no clock stop — missing documents are a refusal, not a wait', () => {
  it('asking the applicant for documents is refused: the act prescribes refusing further consideration', () => {
    // 000 11-т.: incomplete documents → "өтінішті одан әрі қараудан бас тартады"; no paragraph
    // of the five acts stops the term while documents are awaited (a fixture service has one:
    // test/cases/acts-terms.test.ts).
    expect(flag.service.clockStop).toBeNull();
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    expect(() =>
      c.run(
        { type: 'request-documents', documents: ['жалдау шарты'] },
        at('2025-06-03T10:00:00+05:00'),
        official,
      ),
    ).toThrow(expect.objectContaining({ code: 'cases.no_clock_stop' }));
    expect(c.s.pauses).toEqual([]);
  });
});

describe('tacit consent (seed 004 16-т.; the act-by-act tests are in test/cases/tacit-consent.test.ts)', () => {
  it('a service whose act has no tacit consent is not issued by the timer (seed 000)', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    expect(
      c.run({ type: 'fire-timer', kind: 'tacit-consent' }, at('2025-06-13T09:00:00+05:00'), system),
    ).toEqual([]);
    c.run({ type: 'fire-timer', kind: 'overall-due' }, at('2025-06-13T09:00:00+05:00'), system);
    expect(c.s.overdueFlags).toEqual([expect.objectContaining({ what: 'overall' })]);
  });
});
