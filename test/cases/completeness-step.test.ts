/**
 * Seed 004 p.7 (the KNB's licences): the completeness check is a step of the paper process after
 * the clerk's acceptance and the state-data step. Confirmed before that step is reached, it is
 * not asked a second time: the step completes by itself when the process gets there.
 */
import { describe, expect, it } from 'vitest';
import { offeredActions } from '../../src/cases/actions.ts';
import type { Actor } from '../../src/cases/model.ts';
import { Case, applicantActor, newest } from './harness.ts';

const at = (iso: string) => new Date(iso);
const crypto = newest('crypto-protection-means-license');
const company = { id: '090440000039', type: 'legal-entity' as const, name: 'ЖШС «Қорған»' };
const clerk: Actor = { id: 'clerk', role: 'office-clerk' };
const official: Actor = { id: 'official-1', role: 'other' };

/** Handed in at the office on Wed 05.03.2025 at 11:00 and registered by the clerk at 11:30. */
function handedIn(): Case {
  const c = new Case(crypto.service, crypto.actId);
  const us = applicantActor(company.id);
  c.run(
    {
      type: 'create-draft',
      serviceId: crypto.service.id,
      caseId: 'issue',
      channel: 'provider-office',
      applicant: company,
    },
    at('2025-03-05T11:00:00+05:00'),
    us,
  );
  c.run({ type: 'submit' }, at('2025-03-05T11:00:00+05:00'), us);
  c.run({ type: 'register', inboundNumber: '' }, at('2025-03-05T11:30:00+05:00'), clerk);
  return c;
}

describe('seed 004 p.7: completeness is checked once', () => {
  it('confirmed before its step, the completeness step completes by itself when reached', () => {
    const c = handedIn();
    c.run({ type: 'check-completeness', complete: true }, at('2025-03-05T12:00:00+05:00'), official);
    expect(c.s.completeness).toBe('confirmed');
    expect(c.s.currentStepId).not.toBe('completeness');
    // The steps before the consideration, each by the role the act names; none is the check.
    const taken: string[] = [];
    for (let hour = 13; hour < 18 && c.s.currentStepId !== 'consider'; hour++) {
      const step = c.s.steps.find((s) => s.stepId === c.s.currentStepId && s.doneAt === null);
      if (step === undefined) break;
      taken.push(step.stepId);
      c.run(
        { type: 'complete-step', stepId: step.stepId },
        at(`2025-03-05T${hour}:30:00+05:00`),
        step.roleKind === 'office-clerk' ? clerk : official,
      );
    }
    expect(taken).not.toContain('completeness');
    expect(c.s.currentStepId).toBe('consider');
    expect(c.s.steps.find((s) => s.stepId === 'completeness')?.doneAt).not.toBeNull();
  });
});

describe('seed 004 office flow: the check is offered at its step, not before nor twice', () => {
  const provider = crypto.service.provider.id ?? '';
  const clerkHere: Actor = { ...clerk, providerId: provider };
  const authority: Actor = { ...official, providerId: provider };
  const keys = (c: Case, iso: string, actor: Actor) =>
    offeredActions(c.s, c.ctx(at(iso), actor)).map((a) => a.key);

  it('not while acceptance and the state data are open; at the completeness step both outcomes; after confirmation neither', () => {
    const c = handedIn();
    for (const actor of [clerkHere, authority])
      expect(
        keys(c, '2025-03-05T12:00:00+05:00', actor).filter((k) => k.startsWith('check-completeness')),
      ).toEqual([]);
    c.run({ type: 'complete-step', stepId: 'accept' }, at('2025-03-05T12:10:00+05:00'), clerkHere);
    expect(c.s.currentStepId).toBe('fetch-state-data');
    expect(keys(c, '2025-03-05T12:20:00+05:00', authority)).not.toContain('check-completeness:complete');
    c.run({ type: 'complete-step', stepId: 'fetch-state-data' }, at('2025-03-05T12:30:00+05:00'), authority);
    expect(c.s.currentStepId).toBe('completeness');
    const atStep = keys(c, '2025-03-05T12:40:00+05:00', authority);
    expect(atStep).toEqual(
      expect.arrayContaining(['check-completeness:complete', 'check-completeness:incomplete']),
    );
    // The step itself is taken by the check, not offered as a second button.
    expect(atStep.filter((k) => k.startsWith('complete-step:completeness'))).toEqual([]);
    c.run({ type: 'check-completeness', complete: true }, at('2025-03-05T12:50:00+05:00'), authority);
    expect(c.s.currentStepId).toBe('consider');
    const after = keys(c, '2025-03-05T14:40:00+05:00', authority);
    expect(after.filter((k) => k.startsWith('check-completeness'))).toEqual([]);
    expect(after).toContain('complete-step:consider');
  });
});
