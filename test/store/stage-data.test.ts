/**
 * The stage data a save writes (src/store/stage-data.ts): from the state before and after, only
 * what changed — and what every save of an application wrote, taken together, is what its last
 * state says (the rows rebuild_stage_data() would derive), whatever the course it took.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageWrite, type StageFacts, type StageStep } from '../../src/store/stage-data.ts';

const at = (minute: number) => new Date(Date.UTC(2025, 5, 2, 5, minute)).toISOString();
const step = (stepId: string, started: number, done: number | null) => ({
  stepId,
  role: 'атқарушы',
  startedAt: at(started),
  doneAt: done === null ? null : at(done),
  due: { at: at(started + 60), explanation: {} },
  onTime: done === null ? null : done <= started + 60,
});

describe('stageWrite', () => {
  it('writes nothing for a draft, the facts at registration, then each finished step once', () => {
    const draft = { steps: [step('fill-form', 0, 0)] };
    expect(stageWrite(null, { state: draft, status: 'draft' })).toEqual({
      registeredAt: null,
      facts: null,
      refiled: false,
      steps: [],
    });
    const registered = {
      ...draft,
      registration: { registeredAt: at(1) },
      deadline: { at: at(600) },
      decision: null,
      steps: [...draft.steps, step('review', 1, null)],
    };
    const first = stageWrite(
      { state: draft, status: 'submitted' },
      { state: registered, status: 'registered' },
    );
    expect(first.facts).toEqual({ deadlineAt: at(600), finishedAt: null, decision: null, groundIds: [] });
    expect(first.steps.map((s) => [s.n, s.stepId])).toEqual([[1, 'fill-form']]);
    // The same state saved again (a payment recorded): nothing to write.
    const again = stageWrite(
      { state: registered, status: 'registered' },
      { state: { ...registered, payment: {} }, status: 'registered' },
    );
    expect(again.facts).toBeNull();
    expect(again.steps).toEqual([]);
    const reviewed = { ...registered, steps: [draft.steps[0], step('review', 1, 90)] };
    const second = stageWrite(
      { state: registered, status: 'registered' },
      { state: reviewed, status: 'in-review' },
    );
    expect(second.facts).not.toBeNull(); // the status moved
    expect(second.steps).toEqual([
      {
        n: 2,
        stepId: 'review',
        role: 'атқарушы',
        startedAt: at(1),
        doneAt: at(90),
        dueAt: at(61),
        onTime: false,
      },
    ]);
    const refused = { ...reviewed, decision: { kind: 'refuse', at: at(95), groundIds: ['g1', 'g2'] } };
    expect(
      stageWrite({ state: reviewed, status: 'in-review' }, { state: refused, status: 'refused' }).facts,
    ).toEqual({ deadlineAt: at(600), finishedAt: at(95), decision: 'refuse', groundIds: ['g1', 'g2'] });
  });

  it('reads what is not the engine’s shape as absent, never throwing', () => {
    const odd = {
      registration: { registeredAt: '2025-06-02T05:00:00.000Z' },
      deadline: 'soon',
      decision: { groundIds: 'g1' },
      steps: [{ stepId: 's1', startedAt: 'x', doneAt: 'y' }, 7, null],
    };
    expect(stageWrite(null, { state: odd, status: 'registered' })).toEqual({
      registeredAt: '2025-06-02T05:00:00.000Z',
      facts: { deadlineAt: null, finishedAt: null, decision: null, groundIds: [] },
      refiled: false,
      steps: [],
    });
    for (const state of [null, 'state', [], { registration: { registeredAt: 'yesterday' } }])
      expect(stageWrite(null, { state, status: 'registered' }).registeredAt).toBeNull();
  });

  it('the writes of a whole course add up to what the last state says', () => {
    // A course: registration (at some save, maybe moved once), steps finishing in order, a
    // decision; each save may change any of it or nothing.
    const course = fc.record({
      registerAt: fc.integer({ min: 0, max: 4 }),
      moveRegistrationAt: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
      finishes: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 6 }),
      decideAt: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
      grounds: fc.array(fc.constantFrom('g1', 'g2', 'g3'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(course, (c) => {
        const states = Array.from({ length: 10 }, (_, save) => {
          const registered = save >= c.registerAt;
          const moved = c.moveRegistrationAt !== null && save >= c.moveRegistrationAt;
          const done = c.finishes.filter((f) => f <= save).length;
          const decided = c.decideAt !== null && save >= c.decideAt;
          return {
            status: decided ? 'refused' : registered ? 'in-review' : 'draft',
            state: {
              registration: registered ? { registeredAt: at(moved ? 7 : 5) } : null,
              deadline: registered ? { at: at(600 + done) } : null,
              decision: decided ? { kind: 'refuse', at: at(500), groundIds: c.grounds } : null,
              steps: c.finishes.map((_, i) => step(`s${i}`, 10 * i, i < done ? 10 * i + 5 : null)),
            },
          };
        });
        const facts = new Map<string, StageFacts>();
        const steps = new Map<string, StageStep>();
        states.forEach((next, i) => {
          const w = stageWrite(i === 0 ? null : (states[i - 1] ?? null), next);
          if (w.registeredAt === null) return;
          if (w.refiled) {
            for (const k of [...facts.keys()]) if (k !== w.registeredAt) facts.delete(k);
            for (const k of [...steps.keys()]) if (!k.startsWith(`${w.registeredAt}/`)) steps.delete(k);
          }
          if (w.facts !== null) facts.set(w.registeredAt, { ...w.facts, status: next.status } as StageFacts);
          for (const s of w.steps)
            if (!steps.has(`${w.registeredAt}/${s.n}`)) steps.set(`${w.registeredAt}/${s.n}`, s);
        });
        const last = states[states.length - 1] ?? states[0];
        const whole = stageWrite(null, last as (typeof states)[number]);
        if (whole.registeredAt === null) return facts.size === 0 && steps.size === 0;
        expect([...facts.entries()]).toEqual([
          [whole.registeredAt, { ...whole.facts, status: last?.status }],
        ]);
        expect([...steps.values()].sort((a, b) => a.n - b.n)).toEqual(whole.steps);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
