/**
 * The actions the case page offers (src/cases/actions.ts) are exactly those the engine accepts:
 * at each stage of the State Flag and Emblem license (seed 000), every offered action, filled in
 * as the form would, is accepted by `decide`, and every command from a wide set of probes that
 * `decide` accepts is offered.
 */
import { describe, expect, it } from 'vitest';
import { offeredActions, type OfferedAction } from '../../src/cases/actions.ts';
import { decide } from '../../src/cases/decide.ts';
import type { Actor, Command } from '../../src/cases/model.ts';
import { feeInTenge } from '../../src/money/index.ts';
import { FIXTURE_ACT_ID, fixtureService } from '../fixtures/service.ts';
import { applicant, flag, me, submitted } from './flag-case.ts';
import { Case, system } from './harness.ts';

const provider = flag.service.provider.id ?? '';
// The flag license's process names its officials "other" (the provider and its territorial unit).
const official: Actor = { id: 'official-1', role: 'other', providerId: provider };
const head: Actor = { id: 'head-1', role: 'head', providerId: provider };
const executor: Actor = { id: 'executor-1', role: 'executor', providerId: provider };
const stranger: Actor = { id: 'official-2', role: 'other', providerId: 'another-provider' };
const actors = [official, head, executor, stranger, me, system];
const at = (iso: string) => new Date(iso);

/** The command the form sends for an offered action, its inputs filled (the first ground chosen). */
function filled(a: OfferedAction): Command {
  const body: Record<string, unknown> = { ...a.command };
  const values: Record<string, unknown> = {
    note: 'note',
    missing: ['1-қосымша'],
    groundIds: a.grounds?.slice(0, 1).map((g) => g.id) ?? [],
    conclusion: 'қорытынды',
    positive: false,
    documents: ['құжат'],
    text: 'мәтін',
    reasoning: 'негіздеме',
    found: true,
    approved: true,
  };
  for (const input of a.inputs) body[input] = values[input];
  if (a.command.type === 'sign') body['signatureId'] = 'sig-1';
  if (a.command.type === 'issue') body['permitNumber'] = 'KZ00TST25000001';
  if (a.command.type === 'register') body['inboundNumber'] = '2025-000001';
  return body as Command;
}

/** A wide set of commands, each with one ground: what an official or a machine might try. */
function probes(c: Case): Command[] {
  const s = c.service;
  const steps = s.processes.flatMap((p) => p.steps);
  const out: Command[] = [
    { type: 'register', inboundNumber: '2025-000001' },
    { type: 'check-completeness', complete: true },
    { type: 'record-inspection', positive: true, conclusion: '…' },
    { type: 'request-documents', documents: ['…'] },
    { type: 'record-hearing', text: '…' },
    { type: 'decide', decision: 'approve' },
    { type: 'sign', signatureId: 'sig-1' },
    { type: 'issue', permitNumber: 'KZ00TST25000001' },
    { type: 'deliver' },
    { type: 'request-state-data', source: 'egov-gateway' },
    ...c.s.stateData.map((d): Command => ({ type: 'record-state-data', source: d.source, found: true })),
  ];
  for (const step of steps) {
    out.push({ type: 'complete-step', stepId: step.id });
    for (const b of step.branches) out.push({ type: 'complete-step', stepId: step.id, branch: b.condition });
  }
  for (const g of s.refusalGrounds) {
    out.push({ type: 'check-completeness', complete: false, missing: ['…'], groundIds: [g.id] });
    out.push({ type: 'send-preliminary-decision', groundIds: [g.id], text: '…' });
    out.push({ type: 'decide', decision: 'refuse', groundIds: [g.id], reasoning: '…' });
  }
  return out;
}

function keyOf(command: Command): string {
  if (command.type === 'complete-step')
    return `complete-step:${command.stepId}${command.branch === undefined ? '' : `:${command.branch}`}`;
  if (command.type === 'check-completeness')
    return `check-completeness:${command.complete ? 'complete' : 'incomplete'}`;
  if (command.type === 'request-state-data' || command.type === 'record-state-data')
    return `${command.type}:${command.source}`;
  if (command.type === 'decide') return `decide:${command.decision}`;
  return command.type;
}

/** Offered ⇔ accepted, for every actor at this instant; answers the keys offered to each. */
function matchesEngine(c: Case, now: Date): Map<Actor, string[]> {
  const byActor = new Map<Actor, string[]>();
  for (const actor of actors) {
    const ctx = c.ctx(now, actor);
    const offered = offeredActions(c.s, ctx);
    for (const a of offered) {
      const decision = decide(c.s, filled(a), ctx);
      expect({
        actor: actor.id,
        key: a.key,
        ok: decision.ok,
        error: decision.ok ? null : decision.error.code,
      }).toEqual({
        actor: actor.id,
        key: a.key,
        ok: true,
        error: null,
      });
    }
    const keys = offered.map((a) => a.key);
    for (const probe of probes(c)) {
      let ok = false;
      try {
        const d = decide(c.s, probe, ctx);
        ok = d.ok && d.events.length > 0;
      } catch {
        ok = false;
      }
      if (ok)
        expect({ actor: actor.id, offered: keys.includes(keyOf(probe)), key: keyOf(probe) }).toMatchObject({
          offered: true,
        });
    }
    byActor.set(actor, keys);
  }
  return byActor;
}

const pay = (c: Case, when: string) =>
  c.run(
    {
      type: 'record-payment',
      invoiceId: 'inv-1',
      amountTenge: feeInTenge(10, '2025-06-02').tenge,
      transactionId: 'tx-1',
      paidAt: at(when).toISOString(),
    },
    at(when),
    system,
  );

describe('offered actions of the State Flag and Emblem license (seed 000)', () => {
  it('right after registration: the official checks completeness (with the incompleteness grounds); a head, an executor, another provider get nothing', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    expect(c.s.status).toBe('registered');
    const offered = matchesEngine(c, at('2025-06-02T10:30:00+05:00'));
    expect(offered.get(official)).toEqual(
      expect.arrayContaining([
        'check-completeness:complete',
        'check-completeness:incomplete',
        'request-state-data:egov-gateway',
      ]),
    );
    expect(offered.get(official)).not.toContain('decide:approve');
    expect(offered.get(head)).toEqual([]);
    expect(offered.get(executor)).toEqual([]);
    expect(offered.get(stranger)).toEqual([]);
    // The current step is the completeness check the act names: the two checks above take it,
    // so it is not offered a second time as a step (one action confirms completeness).
    expect(c.s.currentStepId).toBe('completeness-check');
    expect(offered.get(official)?.filter((k) => k.startsWith('complete-step:'))).toEqual([]);
    // The applicant may only complete a step of theirs, never an official's action.
    expect(offered.get(me)?.every((k) => k.startsWith('complete-step:'))).toBe(true);
    const incomplete = offeredActions(c.s, c.ctx(at('2025-06-02T10:30:00+05:00'), official)).find(
      (a) => a.key === 'check-completeness:incomplete',
    );
    expect(incomplete?.grounds?.map((g) => g.id)).toEqual(['incomplete-or-expired-documents']);
    expect(incomplete?.grounds?.[0]?.source).toBe('Қағидалар 11-т.');
    expect(incomplete?.inputs).toEqual(['missing', 'groundIds']);
  });

  it('past the completeness window only "complete" is offered', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    const offered = matchesEngine(c, at('2025-06-05T10:00:00+05:00'));
    expect(offered.get(official)).toContain('check-completeness:complete');
    expect(offered.get(official)).not.toContain('check-completeness:incomplete');
  });

  it('in review: inspection, documents, preliminary decision; approval only once the fee is paid', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    expect(c.s.status).toBe('in-review');
    let offered = matchesEngine(c, at('2025-06-02T11:30:00+05:00'));
    expect(offered.get(official)).toEqual(
      expect.arrayContaining(['record-inspection', 'send-preliminary-decision']),
    );
    // 000 11-т. prescribes a refusal for missing documents, not a wait: no clock stop offered.
    expect(offered.get(official)).not.toContain('request-documents');
    expect(offered.get(official)).not.toContain('decide:approve');
    // Refusal needs the hearing first (Rules 12-1): not offered before a preliminary decision.
    expect(offered.get(official)).not.toContain('decide:refuse');
    // Confirmed completeness cannot turn into incompleteness: no such branch of the step.
    expect(offered.get(official)).toContain('complete-step:site-visit');
    expect(offered.get(official)?.some((k) => k.includes('incomplete'))).toBe(false);
    pay(c, '2025-06-02T11:40:00+05:00');
    // Paid, but the site visit (Rules 10-т.) comes before the decision.
    offered = matchesEngine(c, at('2025-06-02T12:00:00+05:00'));
    expect(offered.get(official)).not.toContain('decide:approve');
    // The site visit is offered with Ruqsat's short label for its button, the act's words beside it.
    const visit = offeredActions(c.s, c.ctx(at('2025-06-02T12:00:00+05:00'), official)).find(
      (a) => a.key === 'complete-step:site-visit',
    );
    expect(visit?.step?.short?.ru).toBe('Выезд на объект');
    expect(visit?.step?.action).toMatch(/51-бабының 2-тармағына/);
    c.run({ type: 'complete-step', stepId: 'site-visit' }, at('2025-06-02T12:10:00+05:00'), official);
    offered = matchesEngine(c, at('2025-06-02T12:20:00+05:00'));
    expect(offered.get(official)).toContain('decide:approve');
    expect(offered.get(head)).toEqual([]);
  });

  it('while documents are awaited nothing can be decided nor asked again (a fixture act with a clock stop)', () => {
    const c = new Case(fixtureService(), FIXTURE_ACT_ID);
    c.run(
      { type: 'create-draft', serviceId: c.service.id, caseId: 'issue', channel: 'egov-portal', applicant },
      at('2025-06-02T10:00:00+05:00'),
      me,
    );
    c.run({ type: 'submit' }, at('2025-06-02T10:00:00+05:00'), me);
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    pay(c, '2025-06-02T11:10:00+05:00');
    expect(matchesEngine(c, at('2025-06-02T11:15:00+05:00')).get(official)).toContain('request-documents');
    c.run({ type: 'request-documents', documents: ['анықтама'] }, at('2025-06-02T11:20:00+05:00'), official);
    const offered = matchesEngine(c, at('2025-06-02T11:30:00+05:00'));
    expect(offered.get(official)).not.toContain('decide:approve');
    expect(offered.get(official)).not.toContain('request-documents');
  });

  it('after decide and sign, issue is offered to the system (and the official); then deliver', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    pay(c, '2025-06-02T11:10:00+05:00');
    c.run({ type: 'complete-step', stepId: 'site-visit' }, at('2025-06-02T12:10:00+05:00'), official);
    c.run({ type: 'decide', decision: 'approve' }, at('2025-06-03T10:00:00+05:00'), official);
    let offered = matchesEngine(c, at('2025-06-03T10:10:00+05:00'));
    expect(offered.get(official)).toContain('sign');
    expect(offered.get(official)).not.toContain('issue');
    expect(offered.get(system)).toEqual([]);
    c.run({ type: 'sign', signatureId: 'sig-1' }, at('2025-06-03T10:20:00+05:00'), official);
    offered = matchesEngine(c, at('2025-06-03T10:30:00+05:00'));
    expect(offered.get(system)).toEqual(['issue']);
    expect(offered.get(official)).toContain('issue');
    expect(offered.get(official)).not.toContain('sign');
    c.run({ type: 'issue', permitNumber: 'KZ00TST25000001' }, at('2025-06-03T10:40:00+05:00'), system);
    offered = matchesEngine(c, at('2025-06-03T10:50:00+05:00'));
    expect(offered.get(system)).toEqual(['deliver']);
    c.run({ type: 'deliver' }, at('2025-06-03T11:00:00+05:00'), system);
    offered = matchesEngine(c, at('2025-06-03T11:10:00+05:00'));
    expect(offered.get(official)).toEqual([]);
  });

  it('the refusal path: the preliminary decision, the objection window, the hearing, then refusal on its grounds only', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run({ type: 'check-completeness', complete: true }, at('2025-06-02T11:00:00+05:00'), official);
    const send = offeredActions(c.s, c.ctx(at('2025-06-02T11:10:00+05:00'), official)).find(
      (a) => a.key === 'send-preliminary-decision',
    );
    expect(send?.grounds?.map((g) => g.id)).not.toContain('incomplete-or-expired-documents');
    expect(send?.grounds?.length).toBe(7);
    c.run(
      { type: 'send-preliminary-decision', groundIds: ['qualification-requirements-not-met'], text: '…' },
      at('2025-06-03T10:00:00+05:00'),
      official,
    );
    // The objection window is open: no refusal yet, no hearing without an objection.
    let offered = matchesEngine(c, at('2025-06-03T11:00:00+05:00'));
    expect(offered.get(official)).not.toContain('decide:refuse');
    expect(offered.get(official)).not.toContain('record-hearing');
    expect(offered.get(official)).not.toContain('send-preliminary-decision');
    c.run({ type: 'file-objection', text: 'Қарсылық' }, at('2025-06-04T10:00:00+05:00'), me);
    offered = matchesEngine(c, at('2025-06-04T11:00:00+05:00'));
    expect(offered.get(official)).toContain('record-hearing');
    expect(offered.get(official)).not.toContain('decide:refuse');
    c.run({ type: 'record-hearing', text: 'Тыңдау өтті' }, at('2025-06-04T12:00:00+05:00'), official);
    offered = matchesEngine(c, at('2025-06-04T14:30:00+05:00'));
    expect(offered.get(official)).toContain('decide:refuse');
    const refuse = offeredActions(c.s, c.ctx(at('2025-06-04T14:30:00+05:00'), official)).find(
      (a) => a.key === 'decide:refuse',
    );
    expect(refuse?.grounds?.map((g) => g.id)).toEqual(['qualification-requirements-not-met']);
    c.run(
      {
        type: 'decide',
        decision: 'refuse',
        groundIds: ['qualification-requirements-not-met'],
        reasoning: '…',
      },
      at('2025-06-04T15:00:00+05:00'),
      official,
    );
    offered = matchesEngine(c, at('2025-06-04T15:10:00+05:00'));
    expect(offered.get(official)).toContain('sign');
    expect(offered.get(official)?.filter((k) => k.startsWith('decide') || k.includes('preliminary'))).toEqual(
      [],
    );
  });

  it('state-database answers: a pending request is offered for recording (and may be asked again)', () => {
    const c = submitted('2025-06-02T10:00:00+05:00');
    c.run({ type: 'request-state-data', source: 'egov-gateway' }, at('2025-06-02T10:10:00+05:00'), official);
    const offered = matchesEngine(c, at('2025-06-02T10:20:00+05:00'));
    expect(offered.get(official)).toContain('record-state-data:egov-gateway');
    expect(offered.get(official)).toContain('request-state-data:egov-gateway');
    expect(offered.get(system)).toContain('record-state-data:egov-gateway');
  });
});
