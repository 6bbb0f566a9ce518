/**
 * Issue 13 items 4, 7, 10 and 11: which terms are law, stopping the clock only where an act says
 * so, one day-off rule for every term, and whose working hours an hours-based term runs in.
 * One test per departure, named after the act and paragraph; every date computed by hand from
 * the official calendar (src/calendar/data/2025.json), the computation written beside it.
 */
import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar } from '../../src/calendar/index.ts';
import { addTerm, lastDayOnDayOff } from '../../src/calendar/term-end.ts';
import type { Actor } from '../../src/cases/model.ts';
import { fixtureService, FIXTURE_ACT_ID } from '../fixtures/service.ts';
import { Case, applicantActor, newest } from './harness.ts';

const at = (iso: string) => new Date(iso);
const official: Actor = { id: 'official-1', role: 'other' };
const person = { id: '900404300004', type: 'individual' as const, name: 'Әлиев Нұрлан' };
const me = applicantActor(person.id);

/** A portal request to the fixture service (seed 000's licence with a fixture clock-stop paragraph). */
function fixtureFiled(when: string, options: Parameters<typeof fixtureService>[0] = {}): Case {
  const c = new Case(fixtureService(options), FIXTURE_ACT_ID);
  c.run(
    {
      type: 'create-draft',
      serviceId: c.service.id,
      caseId: 'issue',
      channel: 'egov-portal',
      applicant: person,
    },
    at(when),
    me,
  );
  c.run({ type: 'submit' }, at(when), me);
  c.run({ type: 'check-completeness', complete: true }, at(when), official);
  return c;
}

describe('item 7: the clock stops only where the act says so, and in the term’s own unit (fixture act 7-т.)', () => {
  it('a working-day term moves by the working days it stood: 12.06 → 16.06.2025', () => {
    // 7 working days from Mon 02.06.2025: 03–05 (1–3), [06 Fri Kurban Ait], 09–12 (4–7) → 12.06.
    // Stopped Tue 03.06 → Thu 05.06: working days in (03, 05] = 04, 05 → 2; 12.06 + 2 working
    // days: 13 (1), [14–15 weekend], 16 (2) → 16.06.2025.
    const c = fixtureFiled('2025-06-02T10:00:00+05:00');
    expect(c.s.deadline?.explanation.result).toBe('2025-06-12');
    c.run(
      { type: 'request-documents', documents: ['жалдау шарты'] },
      at('2025-06-03T10:00:00+05:00'),
      official,
    );
    c.run({ type: 'provide-documents' }, at('2025-06-05T10:00:00+05:00'), me);
    expect(c.s.pauses[0]).toMatchObject({ workingDays: 2, calendarDays: 2 });
    expect(c.s.deadline?.explanation.result).toBe('2025-06-16');
  });

  it('a calendar-day term moves by calendar days, never by working days: 17.06 → 23.06.2025', () => {
    // 15 calendar days from Mon 02.06.2025 → Tue 17.06.2025 (a working day).
    // Stopped Tue 03.06 → Mon 09.06: 6 calendar days; only 3 working days (04, 05, 09; 06 is
    // Kurban Ait, 07–08 the weekend). 17.06 + 6 calendar days → Mon 23.06.2025 (a working day).
    // Adding the 3 working days instead would wrongly give Fri 20.06.
    const c = fixtureFiled('2025-06-02T10:00:00+05:00', { calendarDays: 15 });
    expect(c.s.deadline?.explanation.result).toBe('2025-06-17');
    c.run({ type: 'request-documents', documents: ['анықтама'] }, at('2025-06-03T10:00:00+05:00'), official);
    c.run({ type: 'provide-documents' }, at('2025-06-09T10:00:00+05:00'), me);
    expect(c.s.pauses[0]).toMatchObject({ workingDays: 3, calendarDays: 6 });
    expect(c.s.deadline?.explanation.result).toBe('2025-06-23');
    expect(c.s.deadline?.explanation.notes).toContain(
      '6 calendar day(s) added for the time the clock was stopped',
    );
  });

  it('the rule is the catalog’s, with its source; no seed service has one', () => {
    expect(fixtureService().clockStop?.source).toBe('Fixture act 7-т.');
    for (const id of [
      'state-flag-emblem-manufacturing-license',
      'security-services-license',
      'precious-metals-special-registration-certificate',
      'technical-regulation-expert-auditor-attestat',
      'crypto-protection-means-license',
    ])
      expect(newest(id).service.clockStop).toBeNull();
  });
});

describe('item 10: one day-off rule (Civil Code art. 173) for case terms and complaint terms', () => {
  const conclusion = newest('special-technical-means-import-export-conclusion');

  it('seed 004 7-т. 1): 15 calendar days from Fri 07.03.2025 end on Sat 22.03 (Nauryz) → Wed 26.03.2025', () => {
    // 07.03.2025 + 15 calendar days = Sat 22.03.2025. Days off: Fri 21 – Sun 23 Nauryz, Mon 24
    // and Tue 25 the carried-over days off → the next working day is Wed 26.03.2025.
    const c = new Case(conclusion.service, conclusion.actId);
    const company = { id: '090440000039', type: 'legal-entity' as const, name: 'ЖШС «Қорған»' };
    const us = applicantActor(company.id);
    c.run(
      {
        type: 'create-draft',
        serviceId: conclusion.service.id,
        caseId: 'conclusion',
        channel: 'elicense-portal',
        applicant: company,
      },
      at('2025-03-07T10:00:00+05:00'),
      us,
    );
    c.run({ type: 'submit' }, at('2025-03-07T10:00:00+05:00'), us);
    expect(c.s.deadline?.explanation.result).toBe('2025-03-26');
    expect(c.s.deadline?.explanation.sources).toContain(lastDayOnDayOff.source);
    // The complaint terms count the same term through the same function, to the same day.
    const term = { amount: 15, unit: 'calendar_days' as const };
    expect(addTerm(kazakhstanCalendar, '2025-03-07', term)).toBe('2025-03-26');
  });

  it('a working-day term is not touched (it ends on a working day by construction)', () => {
    // 1 working day from Fri 14.03.2025 → Mon 17.03.2025.
    expect(addTerm(kazakhstanCalendar, '2025-03-14', { amount: 1, unit: 'working_days' })).toBe('2025-03-17');
  });
});
