import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar as cal, workingTime } from '../../src/calendar/index.ts';
import { expand, expandAll, keep } from '../../src/calendar/kept-explanation.ts';
import { fromDayNumber, toDayNumber } from '../../src/calendar/local-date.ts';
import { explainTerm } from '../../src/calendar/term-end.ts';
import { dueAfter } from '../../src/cases/deadlines.ts';

/** Dates with room for ±400 days inside the calendar's data (2019–2027). */
const date = fc
  .integer({ min: toDayNumber('2019-03-01'), max: toDayNumber('2026-10-01') })
  .map(fromDayNumber);
const office = workingTime({
  open: '09:00',
  close: '18:30',
  lunch: { from: '13:00', to: '14:30' },
  source: 'Стандарт 9-т.',
});
const kurbanAit = {
  at: new Date('2025-06-03T10:00:00+05:00'),
  term: { unit: 'working_days', amount: 7, bound: 'max', source: 'Қағидалар 12-т.' } as const,
};

describe('an explanation kept short and read whole again', () => {
  it('working days: reading gives back exactly what was computed, sources in their order', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 90 }), (d, n) => {
        const whole = cal.explainAddWorkingDays(d, n);
        expect(expand(keep(whole), cal)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('calendar days and months: the same days, and no source lost', () => {
    fc.assert(
      fc.property(
        date,
        fc.oneof(
          fc.record({ unit: fc.constant('calendar_days' as const), amount: fc.integer({ min: 1, max: 60 }) }),
          fc.record({ unit: fc.constant('months' as const), amount: fc.integer({ min: 1, max: 12 }) }),
        ),
        (d, { unit, amount }) => {
          const whole = explainTerm(cal, d, { unit, amount });
          const read = expand(keep(whole), cal);
          expect({ ...read, sources: [] }).toEqual({ ...whole, sources: [] });
          expect(new Set(read.sources)).toEqual(new Set(whole.sources));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hours: the office’s source stays, each day skipped comes back with its reasons', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 200 }), (d, hours) => {
        const start = new Date(`${d}T10:00:00+05:00`);
        const whole = office.explainAddWorkingTime(start, hours * 60);
        const read = expand(keep(whole), cal);
        expect(read.skipped).toEqual(whole.skipped);
        expect(read.sources).toEqual(expect.arrayContaining(whole.sources));
      }),
      { numRuns: 200 },
    );
  });

  it('a deadline across Kurban Ait 2025 keeps no holiday name or source, and reading restores both', () => {
    const due = dueAfter(kurbanAit.at, kurbanAit.term, { calendar: cal, office });
    const stored = JSON.stringify(due);
    expect(due.explanation.skipped).toEqual(['2025-06-06', '2025-06-07', '2025-06-08']);
    expect(stored).not.toContain('Құрбан айт');
    expect(due.explanation.sources).toEqual([]);
    const read = expand(due.explanation, cal);
    const holiday = read.skipped[0]?.reasons[0];
    expect(holiday?.kind === 'holiday' && holiday.name.kk).toBe('Құрбан айт');
    expect(read.sources).toHaveLength(1);
    expect(read.sources[0]).toContain('Labour Code');
    expect(JSON.stringify(expandAll(due, cal)).length).toBeGreaterThan(stored.length + 1000);
  });

  it('expandAll reads every explanation in a state or an event, and leaves one stored whole as it is', () => {
    const kept = dueAfter(kurbanAit.at, kurbanAit.term, { calendar: cal, office });
    const whole = { ...kept, explanation: expand(kept.explanation, cal) };
    const registered = { type: 'registered', registration: kept.explanation, deadline: kept };
    const state = { deadline: kept, steps: [{ due: kept }, { due: null }], old: whole, n: 1, s: 'x' };
    expect(expandAll(state, cal)).toEqual({
      deadline: whole,
      steps: [{ due: whole }, { due: null }],
      old: whole,
      n: 1,
      s: 'x',
    });
    expect(expandAll([registered], cal)).toEqual([
      { type: 'registered', registration: whole.explanation, deadline: whole },
    ]);
  });
});
