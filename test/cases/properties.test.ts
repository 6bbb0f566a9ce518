import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import { decide } from '../../src/cases/decide.ts';
import { commandsByStatus, type CaseCommandType } from '../../src/cases/lifecycle.ts';
import type { Actor, ApplicationState, Channel, Command, Status } from '../../src/cases/model.ts';
import { flag, me, newDraft } from './flag-case.ts';
import { applicantActor, system } from './harness.ts';

const actors: Actor[] = [
  me,
  { id: 'official', role: 'other' },
  system,
  applicantActor('000000000000'),
  { id: 'clerk', role: 'office-clerk' },
];
const steps = flag.service.processes.flatMap((p) => p.steps.map((s) => s.id));
const grounds = flag.service.refusalGrounds.map((g) => g.id);

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.constant<Command>({ type: 'submit' }),
  fc.constantFrom(...steps).map((stepId): Command => ({ type: 'complete-step', stepId })),
  fc.constant<Command>({ type: 'check-completeness', complete: true }),
  fc
    .constantFrom(...grounds)
    .map((g): Command => ({ type: 'check-completeness', complete: false, missing: ['x'], groundIds: [g] })),
  fc.constant<Command>({
    type: 'record-payment',
    invoiceId: 'i',
    amountTenge: 39_320,
    transactionId: 't',
    paidAt: '2025-06-02T05:00:00Z',
  }),
  fc
    .constantFrom(...grounds)
    .map((g): Command => ({ type: 'send-preliminary-decision', groundIds: [g], text: '…' })),
  fc.constant<Command>({ type: 'file-objection', text: '…' }),
  fc.constant<Command>({ type: 'record-hearing', text: '…' }),
  fc.constant<Command>({ type: 'decide', decision: 'approve' }),
  fc
    .constantFrom(...grounds)
    .map((g): Command => ({ type: 'decide', decision: 'refuse', groundIds: [g], reasoning: '…' })),
  fc.constant<Command>({ type: 'sign', signatureId: 's' }),
  fc.constant<Command>({ type: 'issue', permitNumber: 'KZ00TST25000001' }),
  fc.constant<Command>({ type: 'deliver' }),
  fc.constant<Command>({ type: 'withdraw', reason: '…' }),
  fc.constant<Command>({ type: 'request-documents', documents: ['x'] }),
  fc.constant<Command>({ type: 'provide-documents' }),
  fc
    .constantFrom<Command['type']>('fire-timer')
    .chain(() =>
      fc
        .constantFrom('completeness-window', 'overall-due', 'tacit-consent', 'objection-window')
        .map((kind): Command => ({ type: 'fire-timer', kind: kind as never })),
    ),
);

/** Which statuses may follow which: the lifecycle as the acts draw it. */
const allowed: Record<Status, Status[]> = {
  draft: ['draft', 'submitted', 'registered', 'withdrawn'],
  submitted: ['submitted', 'registered', 'withdrawn'],
  registered: ['registered', 'in-review', 'refused', 'withdrawn'],
  'in-review': ['in-review', 'approved', 'refused', 'withdrawn'],
  approved: ['approved', 'signed'],
  refused: ['refused', 'delivered'],
  signed: ['signed', 'issued'],
  issued: ['issued', 'delivered'],
  delivered: ['delivered'],
  withdrawn: ['withdrawn'],
};

describe('engine properties (seed 000, random command sequences)', () => {
  it('refuses with an AppError or moves along the lifecycle; the decision is made once; only an approval is issued', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(command, fc.constantFrom(...actors), fc.integer({ min: 0, max: 3 * 24 * 60 })), {
          maxLength: 40,
        }),
        (script) => {
          let now = new Date('2025-06-02T10:00:00+05:00');
          const c = newDraft(now);
          let events = 1;
          for (const [cmd, actor, minutes] of script) {
            now = new Date(now.getTime() + minutes * 60_000);
            const before = structuredClone(c.s);
            let produced = 0;
            try {
              produced = c.run(cmd, now, actor).length;
            } catch (error) {
              expect(error).toBeInstanceOf(AppError);
              expect(c.s).toEqual(before); // a refusal changes nothing
              continue;
            }
            events += produced;
            expect(c.s.version).toBe(events);
            expect(allowed[before.status]).toContain(c.s.status);
            if (before.decision !== null) expect(c.s.decision).toEqual(before.decision);
            if (c.s.issued !== null) expect(c.s.decision?.kind).toBe('approve');
            if (
              c.s.status === 'refused' &&
              c.s.decision?.groundIds.some((g) => g !== 'incomplete-or-expired-documents')
            )
              expect(c.s.preliminaryDecision).not.toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('time properties (seed 000, filed at any minute of a week, then random commands)', () => {
  it('no official event and no provider step is dated before registration; no objection before the decision is received', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 * 24 * 60 }),
        fc.array(fc.tuple(command, fc.constantFrom(...actors), fc.integer({ min: 0, max: 18 * 60 })), {
          maxLength: 30,
        }),
        (filedAfter, script) => {
          // From Monday 30.11.2026 00:00, any minute of the week (evenings, the weekend).
          let now = new Date(Date.parse('2026-11-30T00:00:00+05:00') + filedAfter * 60_000);
          const c = newDraft(now);
          c.run({ type: 'submit' }, now, me);
          const registeredAt = c.s.registration?.registeredAt ?? '';
          expect(registeredAt >= now.toISOString()).toBe(true);
          for (const [cmd, actor, minutes] of script) {
            now = new Date(now.getTime() + minutes * 60_000);
            let events;
            try {
              events = c.run(cmd, now, actor);
            } catch (error) {
              expect(error).toBeInstanceOf(AppError);
              continue;
            }
            if (actor.role !== 'applicant' && actor.role !== 'system' && events.length > 0)
              expect(now.toISOString() >= registeredAt).toBe(true);
          }
          for (const step of c.s.steps) {
            expect(step.startedAt >= registeredAt || step.roleKind === 'applicant').toBe(true);
            if (step.doneAt !== null && step.roleKind !== 'applicant')
              expect(step.doneAt >= registeredAt).toBe(true);
          }
          const pd = c.s.preliminaryDecision;
          if (c.s.objection !== null) expect(pd !== null && c.s.objection.filedAt >= pd.sentAt).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** One command of every type given to an existing application (the compiler keeps it complete). */
const sample: Record<CaseCommandType, Command> = {
  'update-draft': { type: 'update-draft', form: {} },
  submit: { type: 'submit' },
  register: { type: 'register', inboundNumber: '2025-000001' },
  'record-payment': {
    type: 'record-payment',
    invoiceId: 'i',
    amountTenge: 39_320,
    transactionId: 't',
    paidAt: '2025-06-02T05:00:00Z',
  },
  'assign-executor': { type: 'assign-executor', executorId: 'e' },
  'complete-step': { type: 'complete-step', stepId: steps[0] ?? 's' },
  'check-completeness': { type: 'check-completeness', complete: true },
  'request-state-data': { type: 'request-state-data', source: 'gbd-fl' },
  'record-state-data': { type: 'record-state-data', source: 'gbd-fl', found: true },
  'record-inspection': { type: 'record-inspection', positive: true, conclusion: '…' },
  'request-approval': { type: 'request-approval', agency: 'a' },
  'record-approval': { type: 'record-approval', agency: 'a', approved: true, text: '…' },
  'request-documents': { type: 'request-documents', documents: ['x'] },
  'provide-documents': { type: 'provide-documents' },
  'send-preliminary-decision': { type: 'send-preliminary-decision', groundIds: grounds, text: '…' },
  'file-objection': { type: 'file-objection', text: '…' },
  'record-hearing': { type: 'record-hearing', text: '…' },
  decide: { type: 'decide', decision: 'approve' },
  sign: { type: 'sign', signatureId: 's' },
  issue: { type: 'issue', permitNumber: 'KZ00TST25000001' },
  deliver: { type: 'deliver' },
  withdraw: { type: 'withdraw', reason: '…' },
  'fire-timer': { type: 'fire-timer', kind: 'overall-due' },
};
const statuses = Object.keys(commandsByStatus) as Status[];

describe('the lifecycle table is what decide enforces', () => {
  it('for every status, a command in its row is not refused for the status, and one outside it is', () => {
    const now = new Date('2025-06-02T10:00:00+05:00');
    const c = newDraft(now);
    const draft = c.s;
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.constantFrom(...(Object.keys(sample) as CaseCommandType[])),
        fc.constantFrom(...actors),
        fc.constantFrom<Channel>('egov-portal', 'provider-office'),
        fc.boolean(),
        fc.boolean(),
        (status, type, actor, channel, paid, signed) => {
          const state: ApplicationState = {
            ...draft,
            status,
            // As evolve records them: every refusal and approval comes with its decision.
            decision: ['draft', 'submitted', 'registered', 'in-review', 'withdrawn'].includes(status)
              ? null
              : {
                  kind: status === 'refused' ? 'refuse' : 'approve',
                  at: draft.createdAt,
                  by: 'head',
                  tacit: false,
                  groundIds: [],
                  reasoning: null,
                },
            channel,
            payment: paid
              ? { invoiceId: 'i', amountTenge: 39_320, transactionId: 't', paidAt: draft.createdAt }
              : null,
            signature: signed ? { id: 's', at: draft.createdAt, by: 'head', signer: null } : null,
          };
          const decision = decide(
            state,
            sample[type],
            c.ctx(now, actor, { allocatedInboundNumber: '2025-000001' }),
          );
          const refusedForStatus = !decision.ok && decision.error.code === 'cases.wrong_status';
          const row: readonly CaseCommandType[] = commandsByStatus[status];
          // The three conditions the status alone does not say, written out by hand here.
          const further =
            (type !== 'register' || channel === 'provider-office') &&
            (type !== 'record-payment' || !paid) &&
            (type !== 'deliver' || status !== 'refused' || signed);
          expect(refusedForStatus).toBe(!(row.includes(type) && further));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
