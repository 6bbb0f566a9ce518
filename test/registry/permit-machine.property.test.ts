/**
 * The permit state machine under random command sequences: whatever is tried, in whatever
 * order, against whichever permit, no permit reaches an invalid state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error.ts';
import { userMessages } from '../../src/errors/messages.ts';
import {
  applyPermitCommand,
  issuePermit,
  permitNumber,
  type Permit,
  type PermitCommand,
} from '../../src/registry/index.ts';
import { demoCompanies, demoPeople } from '../../src/integrations/demo-seed.ts';

const holders = [...demoPeople.map((p) => p.iin), ...demoCompanies.map((c) => c.bin)];
const start = Date.parse('2025-03-03T05:00:00Z');
const DAY = 86_400_000;

/** Everything that must hold of any permit, whatever happened to it. */
function problems(p: Permit): string[] {
  const out: string[] = [];
  const live = p.appendices.filter((a) => a.status === 'active' || a.status === 'suspended');
  if (p.history.length === 0) out.push('empty history');
  const first = p.history[0]?.action;
  if (first !== 'issued' && first !== 'reissued-from') out.push(`history starts with ${first}`);
  if ((first === 'reissued-from') !== (p.reissuedFrom !== null))
    out.push('reissuedFrom disagrees with history');
  if ((p.status === 'suspended') !== (p.suspendedUntil !== null))
    out.push('suspendedUntil disagrees with status');
  if ((p.status === 'reissued') !== (p.reissuedTo !== null)) out.push('reissuedTo disagrees with status');
  if (p.status === 'terminated' && p.appendices.some((a) => a.status !== 'terminated'))
    out.push('terminated permit with a live appendix');
  if (p.status === 'reissued' && live.length > 0) out.push('reissued permit with a live appendix');
  if (p.status === 'suspended' && p.appendices.some((a) => a.status === 'active'))
    out.push('suspended permit with an active appendix');
  if (p.status === 'active' && p.appendices.some((a) => a.status === 'suspended' || a.status === 'reissued'))
    out.push('active permit with a suspended or reissued appendix');
  const subtypes = live.map((a) => a.subtype);
  if (new Set(subtypes).size !== subtypes.length) out.push('two live appendices for one subtype');
  const numbers = p.appendices.map((a) => a.number);
  if (new Set(numbers).size !== numbers.length) out.push('appendix numbers repeat');
  if (!numbers.every((n) => n.startsWith(`${p.number}-`))) out.push('appendix numbered under another permit');
  if (p.duplicates !== p.history.filter((h) => h.action === 'duplicate-issued').length)
    out.push('duplicate counter disagrees with history');
  for (let i = 1; i < p.history.length; i++)
    if ((p.history[i]?.at ?? '') < (p.history[i - 1]?.at ?? '')) out.push('history out of time order');
  const finals = p.history.filter((h) => h.action === 'terminated' || h.action === 'reissued');
  if (finals.length > 1 || (finals.length === 1 && p.history.at(-1) !== finals[0]))
    out.push('a change after a final one');
  return out;
}

type Step = {
  target: number;
  minutes: number;
  command: (p: Permit, fresh: () => string, now: number) => PermitCommand;
};

const text = fc.constantFrom('reason', 'basis', '', ' ');
const mostlyFilled = fc.oneof(
  { weight: 9, arbitrary: fc.constant('filled') },
  { weight: 1, arbitrary: text },
);

const step: fc.Arbitrary<Step> = fc.record({
  target: fc.nat(),
  minutes: fc.integer({ min: 0, max: 60 * 24 * 20 }),
  command: fc.oneof(
    fc
      .record({ subtype: fc.constantFrom('a', 'b', 'c'), by: mostlyFilled })
      .map((r) => (): PermitCommand => ({
        type: 'addAppendix',
        subtype: r.subtype,
        issuedAt: '2025-03-03',
        applicationId: 'APP',
        by: r.by,
      })),
    fc.record({ pick: fc.nat(), reason: mostlyFilled }).map((r) => (p: Permit): PermitCommand => ({
      type: 'terminateAppendix',
      // Sometimes a number the permit does not have.
      appendixNumber: p.appendices[r.pick % (p.appendices.length + 1)]?.number ?? `${p.number}-99`,
      reason: r.reason,
      basis: 'basis',
      by: 'o',
    })),
    fc
      .record({
        sameNumber: fc.boolean(),
        holder: fc.option(fc.constantFrom(...holders, '123456789012')),
        reason: mostlyFilled,
      })
      .map((r) => (p: Permit, fresh: () => string): PermitCommand => {
        const command: PermitCommand = {
          type: 'reissue',
          newNumber: r.sameNumber ? p.number : fresh(),
          issuedAt: '2025-04-01',
          applicationId: 'APP',
          reason: r.reason,
          by: 'o',
        };
        if (r.holder !== null) command.holderId = r.holder;
        return command;
      }),
    fc.record({ reason: mostlyFilled }).map((r) => (): PermitCommand => ({
      type: 'issueDuplicate',
      applicationId: 'APP',
      reason: r.reason,
      by: 'o',
    })),
    fc
      .record({ days: fc.integer({ min: -2, max: 200 }), basis: mostlyFilled })
      .map((r) => (_p: Permit, _fresh: () => string, now: number): PermitCommand => ({
        type: 'suspend',
        // Around today: the past and today itself must be refused, later days accepted.
        until: new Date(now + r.days * DAY).toISOString().slice(0, 10),
        reason: 'reason',
        basis: r.basis,
        by: 'o',
      })),
    fc
      .record({ reason: mostlyFilled })
      .map((r) => (): PermitCommand => ({ type: 'resume', reason: r.reason, by: 'o' })),
    fc
      .record({ basis: mostlyFilled })
      .map((r) => (): PermitCommand => ({ type: 'terminate', reason: 'reason', basis: r.basis, by: 'o' })),
  ),
});

describe('the permit state machine', () => {
  it('never reaches an invalid state, and final permits stay final', () => {
    /** Outcomes per command type over all runs: the test must exercise both sides of each. */
    const seen = new Map<string, { ok: number; refused: number }>();
    const count = (type: string, ok: boolean) => {
      const c = seen.get(type) ?? { ok: 0, refused: 0 };
      c[ok ? 'ok' : 'refused'] += 1;
      seen.set(type, c);
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(step, { minLength: 1, maxLength: 40 }),
        (initial, steps) => {
          let seq = 0;
          const fresh = () => permitNumber('TST', 2025, ++seq) as string;
          let clock = start;
          const permits: Permit[] = [];
          for (let i = 0; i < initial; i++) {
            const o = issuePermit(
              {
                number: fresh(),
                holderId: holders[i % holders.length] as string,
                serviceId: 'svc',
                kind: 'license',
                issuedAt: '2025-03-03',
                applicationId: `APP-${i}`,
                by: 'o',
              },
              new Date(clock),
            );
            if (!o.ok) throw o.error;
            permits.push(o.value);
          }
          /** Permits once terminated or reissued, exactly as they were then. */
          const finals = new Map<string, Permit>();

          for (const s of steps) {
            clock += s.minutes * 60_000;
            const index = s.target % permits.length;
            const before = permits[index] as Permit;
            const command = s.command(before, fresh, clock);
            const outcome = applyPermitCommand(before, command, new Date(clock));
            count(command.type, outcome.ok);

            if (!outcome.ok) {
              expect(outcome.error).toBeInstanceOf(AppError);
              expect(userMessages[outcome.error.code]).toBeDefined();
              continue;
            }
            const after = outcome.value.permit;
            expect(finals.has(before.number), `${command.type} succeeded on a final permit`).toBe(false);
            expect(after.number).toBe(before.number);
            expect(after.history.slice(0, before.history.length)).toEqual(before.history);
            expect(after.history.length).toBe(before.history.length + 1);
            expect(after.duplicates).toBeGreaterThanOrEqual(before.duplicates);
            expect(after.appendices.length).toBeGreaterThanOrEqual(before.appendices.length);
            permits[index] = after;
            if (after.status === 'terminated' || after.status === 'reissued') finals.set(after.number, after);
            const successor = outcome.value.successor;
            if (successor !== null) {
              expect(command.type).toBe('reissue');
              expect(after.reissuedTo).toBe(successor.number);
              expect(successor.reissuedFrom).toBe(after.number);
              expect(permits.some((p) => p.number === successor.number)).toBe(false);
              permits.push(successor);
            }
          }

          for (const p of permits) expect(problems(p), p.number).toEqual([]);
          for (const [number, frozen] of finals) {
            const now = permits.find((p) => p.number === number);
            expect(now).toBe(frozen);
            expect(now?.status).not.toBe('active');
          }
          // Terminated is a dead end and a reissued permit never comes back: try everything on them.
          for (const frozen of finals.values()) {
            for (const s of steps.slice(0, 5)) {
              const o = applyPermitCommand(
                frozen,
                s.command(frozen, fresh, clock + DAY),
                new Date(clock + DAY),
              );
              expect(o.ok).toBe(false);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(seen.size).toBe(7);
    for (const [type, c] of seen) {
      expect(c.ok, `${type} never succeeded`).toBeGreaterThan(0);
      expect(c.refused, `${type} never refused`).toBeGreaterThan(0);
    }
  });
});
