/**
 * The indicators on a small data set whose figures are worked out by hand (in the comments),
 * and the complaints kept in the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kazakhstanCalendar } from '../../src/calendar/index.ts';
import { loadCatalog } from '../../src/catalog/files.ts';
import { executeComplaint, findComplaint, overdueComplaints } from '../../src/appeals/store.ts';
import { computeIndicators, indicatorsCsv, recordSurvey } from '../../src/monitoring/indicators.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { freshPlace, kinds, type Place } from '../store/fixture.ts';

const h = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
const z = (iso: string) => new Date(iso).toISOString();

interface Row {
  id: string;
  provider: string;
  status: string;
  registeredAt: string;
  deadline: string;
  finishedAt?: string;
  refuse?: string[];
  /** [hours taken, onTime] of step s1 (norm 4 hours). */
  step: [number, boolean];
}

const rows: Row[] = [
  // on time: issued 9 June, deadline 10 June.
  {
    id: 'm-1',
    provider: 'prov-1',
    status: 'issued',
    registeredAt: '2025-06-02T05:00:00Z',
    deadline: '2025-06-10T13:00:00Z',
    finishedAt: '2025-06-09T10:00:00Z',
    step: [2, true],
  },
  // late: refused 11 June, deadline 10 June; grounds g1, g2.
  {
    id: 'm-2',
    provider: 'prov-1',
    status: 'refused',
    registeredAt: '2025-06-03T05:00:00Z',
    deadline: '2025-06-10T13:00:00Z',
    finishedAt: '2025-06-11T05:00:00Z',
    refuse: ['g1', 'g2'],
    step: [6, false],
  },
  // open, past its deadline on 20 June: overdue now.
  {
    id: 'm-3',
    provider: 'prov-1',
    status: 'in-review',
    registeredAt: '2025-06-04T05:00:00Z',
    deadline: '2025-06-05T13:00:00Z',
    step: [4, true],
  },
  // another provider, and another period: outside the filter.
  {
    id: 'm-4',
    provider: 'prov-2',
    status: 'issued',
    registeredAt: '2025-06-04T05:00:00Z',
    deadline: '2025-06-10T13:00:00Z',
    finishedAt: '2025-06-11T05:00:00Z',
    step: [9, false],
  },
  {
    id: 'm-5',
    provider: 'prov-1',
    status: 'issued',
    registeredAt: '2025-07-01T05:00:00Z',
    deadline: '2025-07-10T13:00:00Z',
    finishedAt: '2025-07-11T05:00:00Z',
    step: [9, false],
  },
];

function stateOf(r: Row) {
  const [hours, onTime] = r.step;
  return {
    id: r.id,
    status: r.status,
    registration: { registeredAt: z(r.registeredAt), inboundNumber: r.id },
    deadline: { at: z(r.deadline) },
    issued: r.status === 'issued' && r.finishedAt !== undefined ? { at: z(r.finishedAt) } : null,
    decision:
      r.finishedAt === undefined
        ? null
        : { kind: r.refuse ? 'refuse' : 'approve', at: z(r.finishedAt), groundIds: r.refuse ?? [] },
    steps: [
      {
        stepId: 's1',
        startedAt: r.registeredAt,
        doneAt: h(r.registeredAt, hours),
        due: { at: h(r.registeredAt, 4) },
        onTime,
      },
    ],
  };
}

describe.each(kinds)('%s store: monitoring indicators', (kind) => {
  let place: Place;
  let store: Store;
  const terms = (() => {
    const e = loadCatalog().catalog.resolve('state-flag-emblem-manufacturing-license', '2025-06-02', {
      acceptRepealed: true,
    });
    if (e.service.appeal === null) throw new Error('no appeal terms');
    return e.service.appeal;
  })();

  beforeAll(async () => {
    place = await freshPlace(kind);
    store = await openStore(place.options);
    for (const r of rows)
      await store.transaction((tx) =>
        tx.saveApplication(
          {
            id: r.id,
            serviceId: 'svc-a',
            providerId: r.provider,
            status: r.status,
            applicantId: '900101300011',
          },
          0,
          stateOf(r),
          [{ type: 'registered', at: r.registeredAt, data: {} }],
        ),
      );
    const at = new Date('2025-06-20T05:00:00Z');
    await recordSurvey(store, 'm-1', { q1: 3, q2: 2 }, at);
    await recordSurvey(store, 'm-2', { q1: 1, q2: 3 }, at);
    await recordSurvey(store, 'm-3', { q1: 3, q2: 2 }, at);
    await recordSurvey(store, 'm-4', { q1: 3, q2: 3 }, at);
    const ctx = (today: string) => ({
      terms,
      calendar: kazakhstanCalendar,
      today,
      at: `${today}T05:00:00.000Z`,
      serviceId: 'svc-a',
    });
    await executeComplaint(
      store,
      'c-1',
      {
        type: 'file',
        id: 'c-1',
        applicationId: 'm-2',
        providerId: 'prov-1',
        subject: 'decision',
        learnedOn: '2025-06-11',
        reviewer: 'provider',
        text: 'unfair',
      },
      ctx('2025-06-12'),
    );
    await executeComplaint(
      store,
      'c-1',
      { type: 'decide', outcome: 'partly-satisfied', text: 'in part' },
      ctx('2025-06-13'),
    );
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await place?.cleanup();
  });

  it('gives the hand-computed figures', async () => {
    const ind = await computeIndicators(store, {
      serviceId: 'svc-a',
      providerId: 'prov-1',
      from: '2025-06-01',
      to: '2025-07-01',
      now: new Date('2025-06-20T05:00:00Z'),
    });
    // m-1, m-2, m-3 registered; m-1 and m-2 finished, m-1 within its deadline: 1 / 2.
    expect(ind.applications).toEqual({ registered: 3, finished: 2, onTime: 1, onTimeShare: 0.5 });
    expect(ind.overdueNow).toBe(1);
    // s1 took 2, 6 and 4 hours: mean 4; p90 (linear) = 4 + 0.8 × (6 − 4) = 5.6; norm 4; one late.
    expect(ind.steps).toEqual([
      { serviceId: 'svc-a', stepId: 's1', count: 3, avgHours: 4, p90Hours: 5.6, normAvgHours: 4, late: 1 },
    ]);
    expect(ind.refusalsByGround).toEqual([
      { groundId: 'g1', count: 1 },
      { groundId: 'g2', count: 1 },
    ]);
    expect(ind.complaints).toEqual([{ status: 'to-forward', outcome: 'partly-satisfied', count: 1 }]);
    // q1: 3, 1, 3 → 2/3 satisfied; q2: 2, 3, 2 → 1/3 (m-4 is another provider's).
    expect(ind.survey).toEqual([
      { question: 'q1', answers: 3, satisfiedShare: 0.6667 },
      { question: 'q2', answers: 3, satisfiedShare: 0.3333 },
    ]);
    const csv = indicatorsCsv(ind);
    expect(csv.split('\n')[0]).toBe('section,key,metric,value');
    expect(csv).toContain('applications,,on_time_share,0.5');
    expect(csv).toContain('step,svc-a/s1,p90_hours,5.6');
    expect(JSON.parse(JSON.stringify(ind))).toEqual(ind);
  });

  it('keeps complaints with their deadlines; the forwarding overdue is flagged', async () => {
    const c = await findComplaint(store, 'c-1');
    // Arrived Thursday 12 June → forward within 3 working days of arrival (seed 000 16-т.
    // 5-бөлік): 13, 16, 17 June.
    expect(c).toMatchObject({ status: 'to-forward', forwardDue: '2025-06-17', version: 2 });
    expect(await overdueComplaints(store, '2025-06-17')).toEqual([]);
    expect((await overdueComplaints(store, '2025-06-18')).map((o) => o.flags)).toEqual([['forward']]);
  });
});
