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
import { deploymentHoursNote } from '../../src/calendar/working-time.ts';
import type { Service } from '../../src/catalog/schema.ts';
import { timeline } from '../../src/cases/timeline.ts';
import { timersFor } from '../../src/cases/timers.ts';
import { documentContent } from '../../src/documents/content.ts';
import { statusNotification } from '../../src/documents/notification-templates.ts';
import { fixtureService, FIXTURE_ACT_ID } from '../fixtures/service.ts';
import { Case, applicantActor, newest, system } from './harness.ts';

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

describe('item 4: a sum of the steps is an estimate, not a legal term (seed 001 Регламент 5-т.)', () => {
  const security = newest('security-services-license');

  it('9 working days from Wed 04.12.2019 → Thu 19.12.2019, shown as an estimate: no overdue, no legal date', () => {
    // 001's catalog sums the working-day procedures of Регламент 5-т. (2 + 6 + 1 = 9); the
    // overall term is Standard 7-т., not in the seed (basis: sum-of-steps).
    // 9 working days from Wed 04.12.2019 (Astana time UTC+6 then): 05, 06 (1–2), [07–08
    // weekend], 09–13 (3–7), [14–15 weekend, 16–17 Independence Day], 18, 19 (8–9) → 19.12.2019.
    expect(security.service.cases.find((k) => k.id === 'issue')?.deadline?.basis).toBe('sum-of-steps');
    const c = new Case(security.service, security.actId);
    const company = { id: '090440000039', type: 'legal-entity' as const, name: 'ЖШС «Қорған»' };
    const us = applicantActor(company.id);
    c.run(
      {
        type: 'create-draft',
        serviceId: security.service.id,
        caseId: 'issue',
        channel: 'egov-portal',
        applicant: company,
      },
      at('2019-12-04T10:00:00+06:00'),
      us,
    );
    c.run({ type: 'submit' }, at('2019-12-04T10:00:00+06:00'), us);
    expect(c.s.deadline).toBeNull();
    expect(c.s.estimatedDeadline?.explanation.result).toBe('2019-12-19');
    // No overdue timer, and a fired one flags nothing.
    expect(timersFor(c.s).map((t) => t.kind)).not.toContain('overall-due');
    expect(
      c.run({ type: 'fire-timer', kind: 'overall-due' }, at('2019-12-20T10:00:00+06:00'), system),
    ).toEqual([]);
    const view = timeline(c.s, at('2019-12-23T10:00:00+06:00'), c.office, c.service);
    expect(view).toMatchObject({
      deadline: null,
      plannedResultDate: null,
      overdue: false,
      workingMinutesLeft: null,
    });
    expect(view.estimate).toMatchObject({
      date: '2019-12-19',
      label: { en: 'estimate from the steps, not a legal term' },
    });
    // The notice and the receipt give the date with its label, in each language.
    const notice = statusNotification(c.s, security.service.title);
    // The portal's acknowledgement gives the date and the time (004 14-т. 2)), here the estimate's.
    expect(notice.en).toMatch(
      /Result due: 19\.12\.2019 \d\d:\d\d \(estimate from the steps, not a legal term\)/,
    );
    expect(notice.ru).toContain('(оценка по срокам этапов, не установленный законом срок)');
    expect(notice.kk).toContain('(қадамдар мерзімдерінен есептелген болжам, заңды мерзім емес)');
    const receipt = documentContent(c.s, security.service, 'receipt', 'kk', { publicBaseUrl: 'http://x' });
    expect(receipt.ok && receipt.content.fields.some((f) => f.value.includes('заңды мерзім емес'))).toBe(
      true,
    );
  });

  it('seed 000 12-т. states its 7 working days: a legal term, overdue when passed', () => {
    // 7 working days from Mon 02.06.2025 → 12.06.2025 (computed in item 7 above).
    const flag = newest('state-flag-emblem-manufacturing-license');
    const c = new Case(flag.service, flag.actId);
    c.run(
      {
        type: 'create-draft',
        serviceId: flag.service.id,
        caseId: 'issue',
        channel: 'egov-portal',
        applicant: person,
      },
      at('2025-06-02T10:00:00+05:00'),
      me,
    );
    c.run({ type: 'submit' }, at('2025-06-02T10:00:00+05:00'), me);
    expect(c.s.deadline?.explanation.result).toBe('2025-06-12');
    expect(c.s.estimatedDeadline).toBeNull();
    expect(timersFor(c.s).map((t) => t.kind)).toContain('overall-due');
  });
});

describe('item 4: a deployment enters the standard’s term as a new catalog version', () => {
  it('001 with the Standard’s term (basis: stated) has a legal deadline and an overdue timer', () => {
    // A new version as `POST /admin/catalog/publish` would take it: the same 9 working days, now
    // stated by the Standard (the source a deployment cites), so the term is law from that version.
    const security = newest('security-services-license');
    const service: Service = structuredClone(security.service);
    service.version += 1;
    const issue = service.cases.find((k) => k.id === 'issue');
    if (issue?.deadline == null) throw new Error('001 issue has its estimate');
    issue.deadline = { ...issue.deadline, basis: 'stated', source: 'Стандарт 7-т. (бұйрық № 236)' };
    const c = filed001(service, '2019-12-04T10:00:00+06:00');
    expect(c.s.deadline?.explanation.result).toBe('2019-12-19');
    expect(c.s.estimatedDeadline).toBeNull();
    expect(timersFor(c.s).map((t) => t.kind)).toContain('overall-due');
  });
});

describe('item 11: hours-based step terms run in the provider’s working hours from the act (001 Регламент 5-т. 1))', () => {
  const security = newest('security-services-license');

  it('001 states no hours: the 1-hour step runs in the deployment’s hours, and says so', () => {
    // Registered Wed 04.12.2019 at 17:45 (Astana time was UTC+6 in 2019); the head's step takes 1 hour (5-т. 1)). The deployment's
    // hours are 09:00–18:00: 15 minutes on Wednesday, 45 on Thursday 05.12 from 09:00 → 09:45.
    expect(security.service.schedules.filter((x) => x.who === 'provider')).toEqual([]);
    const c = filed001(security.service, '2019-12-04T17:45:00+06:00');
    const step = c.s.steps.find((x) => x.stepId === c.s.currentStepId);
    expect(step?.due?.duration).toMatchObject({ amount: 1, unit: 'hours' });
    expect(c.office.format(new Date(step?.due?.at ?? ''))).toBe('2019-12-05T09:45+06:00');
    expect(step?.due?.explanation.notes).toContain(deploymentHoursNote);
  });

  it('with the hours an act states (a version citing them), the same step runs to 18:30 and ends 09:15 next day', () => {
    // The provider's hours 09:00–18:30 as a catalog schedule with its paragraph: 45 minutes on
    // Wednesday (17:45–18:30), 15 on Thursday from 09:00 → 09:15 Thu 05.12.2019 (not 09:45);
    // the explanation cites the paragraph.
    const service: Service = structuredClone(security.service);
    service.schedules = [
      {
        who: 'provider',
        aroundTheClock: false,
        workingDays: [1, 2, 3, 4, 5],
        open: '09:00',
        close: '18:30',
        lunch: { from: '13:00', to: '14:30' },
        reception: null,
        afterHoursNextWorkingDay: true,
        source: 'Стандарт 9-т. (fixture)',
      },
    ];
    const c = filed001(service, '2019-12-04T17:45:00+06:00');
    const step = c.s.steps.find((x) => x.stepId === c.s.currentStepId);
    expect(c.office.format(new Date(step?.due?.at ?? ''))).toBe('2019-12-05T09:15+06:00');
    expect(step?.due?.explanation.sources).toContain('Стандарт 9-т. (fixture)');
    expect(step?.due?.explanation.notes).not.toContain(deploymentHoursNote);
  });
});

function filed001(service: Service, when: string): Case {
  const c = new Case(service, '001');
  const company = { id: '090440000039', type: 'legal-entity' as const, name: 'ЖШС «Қорған»' };
  const us = applicantActor(company.id);
  c.run(
    {
      type: 'create-draft',
      serviceId: service.id,
      caseId: 'issue',
      channel: 'egov-portal',
      applicant: company,
    },
    at(when),
    us,
  );
  c.run({ type: 'submit' }, at(when), us);
  return c;
}
