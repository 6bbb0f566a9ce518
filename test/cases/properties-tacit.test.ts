/**
 * Time properties of seed 004 (a KNB licence handed in on paper at any minute of a fortnight,
 * then random commands and timers): nothing official before registration, the terms start at the
 * point the act names (7-т.: the day of submission), and tacit consent (16-т.) never before its
 * instant — and when it happens, the licence counts as received exactly then.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import type { Actor, Command } from '../../src/cases/model.ts';
import { Case, applicantActor, newest, system } from './harness.ts';

const crypto = newest('crypto-protection-means-license');
const company = { id: '090440000039', type: 'legal-entity' as const, name: 'ЖШС «Қорған»' };
const us = applicantActor(company.id);
const clerk: Actor = { id: 'clerk', role: 'office-clerk' };
const official: Actor = { id: 'official-1', role: 'other' };
const head: Actor = { id: 'head-1', role: 'head' };
const actors = [us, clerk, official, head, system];
const steps = crypto.service.processes.flatMap((p) => p.steps.map((s) => s.id));

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.constant<Command>({ type: 'register', inboundNumber: '' }),
  fc.constantFrom(...steps).map((stepId): Command => ({ type: 'complete-step', stepId })),
  fc.constant<Command>({ type: 'check-completeness', complete: true }),
  fc.constant<Command>({
    type: 'record-payment',
    invoiceId: 'i',
    amountTenge: 1,
    transactionId: 't',
    paidAt: '2025-03-05T05:00:00Z',
  }),
  fc.constant<Command>({ type: 'decide', decision: 'approve' }),
  fc.constant<Command>({ type: 'sign', signatureId: 's' }),
  fc.constant<Command>({ type: 'issue', permitNumber: 'KZ00TST25000009' }),
  fc.constant<Command>({ type: 'deliver' }),
  fc.constant<Command>({ type: 'fire-timer', kind: 'tacit-consent' }),
  fc.constant<Command>({ type: 'fire-timer', kind: 'overall-due' }),
);

describe('time properties (seed 004 7-т., 16-т.: handed in at any minute, random commands and timers)', () => {
  it('no official act before registration; terms from the day of submission; tacit consent only at its instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 * 24 * 60 }),
        fc.integer({ min: 0, max: 3 * 24 * 60 }),
        fc.array(fc.tuple(command, fc.constantFrom(...actors), fc.integer({ min: 0, max: 4 * 24 * 60 })), {
          maxLength: 30,
        }),
        (filedAfter, registeredAfter, script) => {
          // From Monday 03.03.2025 00:00, any minute of two weeks (evenings, weekends, 8 March).
          let now = new Date(Date.parse('2025-03-03T00:00:00+05:00') + filedAfter * 60_000);
          const submitted = now;
          const c = new Case(crypto.service, crypto.actId);
          c.run(
            {
              type: 'create-draft',
              serviceId: crypto.service.id,
              caseId: 'issue',
              channel: 'provider-office',
              applicant: company,
            },
            now,
            us,
          );
          c.run({ type: 'submit' }, now, us);
          now = new Date(now.getTime() + registeredAfter * 60_000);
          c.run({ type: 'register', inboundNumber: '' }, now, clerk);
          const registeredAt = c.s.registration?.registeredAt ?? '';
          // 7-т.: the term counts from the day of submission, whenever the clerk registers.
          expect(c.s.deadline?.explanation.start).toBe(c.office.dateOf(submitted));
          const tacitAt = c.s.tacitConsentDue?.at ?? '';
          expect(tacitAt > (c.s.deadline?.at ?? '')).toBe(true);
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
            if (events.some((e) => e.type === 'delivered' && e.deemedAt !== undefined))
              expect(now.getTime()).toBeGreaterThanOrEqual(Date.parse(tacitAt));
          }
          if (c.s.deemedReceived === true) {
            expect(c.s.deliveredAt).toBe(tacitAt);
            expect(c.s.issued).not.toBeNull();
          }
          if (c.s.decision?.kind === 'refuse') expect(c.s.deemedReceived).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});
