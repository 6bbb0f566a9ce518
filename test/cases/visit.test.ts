/**
 * The counter visit (src/cases/visit.ts): seed 004 7-т. — "қызметті көрсетудің рұқсат етілген
 * ең көп уақыты – 20 минуттан аспайды; … күтудің рұқсат берілген ең көп уақыты – 20 минуттан
 * аспайды"; seed 003 8-т. (queue order) and Регламенттің 1-қосымшасы, 1-кесте, 1-іс-қимыл (the
 * clerk's reception, "20 минуттан аспайды"). Times are Astana's (UTC+5), worked out by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/files.ts';
import {
  boardOf,
  callVisit,
  checkVisitTimes,
  finishVisit,
  visitLimits,
  visitMeasures,
  type Visit,
} from '../../src/cases/visit.ts';
import { AppError } from '../../src/errors/app-error.ts';

const { catalog } = loadCatalog();
const service = (id: string) => {
  const s = catalog.versions(id).at(-1)?.service;
  if (s === undefined) throw new Error(id);
  return s;
};

const MIN = 60_000;
const twenty = { ms: 20 * MIN, source: 'Стандарт (1-т. 1)), 7-т.' };

function visit(times: { arrivedAt: string; calledAt?: string; endedAt?: string }): Visit {
  return {
    id: 'v1',
    providerId: 'knb',
    unitId: null,
    serviceId: 'ors-special-technical-means-license',
    caseId: 'issue',
    ticket: 1,
    arrivedAt: times.arrivedAt,
    calledAt: times.calledAt ?? null,
    calledBy: times.calledAt === undefined ? null : 'clerk',
    endedAt: times.endedAt ?? null,
    endedBy: times.endedAt === undefined ? null : 'clerk',
    applicationId: null,
    limits: { wait: twenty, service: twenty },
    version: 1,
  };
}

const refusedWith = (code: string, f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    return e as AppError;
  }
  throw new Error(`not refused (${code})`);
};

describe('seed 004 p.7: the waiting limit', () => {
  it('seed 004 p.7: the limits come from the catalog: 20 minutes to wait, 20 minutes to be served', () => {
    for (const id of ['ors-special-technical-means-license', 'crypto-goods-notification-registration']) {
      const limits = visitLimits(service(id), null);
      expect(limits.wait?.ms).toBe(20 * MIN);
      expect(limits.service?.ms).toBe(20 * MIN);
      expect(limits.wait?.source).toMatch(/7-т\./);
    }
  });

  it('seed 004 p.7: waiting exactly 20 minutes is within the limit ("20 минуттан аспайды")', () => {
    // Arrived 10:00:00, called 10:20:00 → 20 min 00 s waited: not more than 20 minutes.
    const m = visitMeasures(
      visit({ arrivedAt: '2026-12-03T10:00:00+05:00', calledAt: '2026-12-03T10:20:00+05:00' }),
      new Date('2026-12-03T10:25:00+05:00'),
    );
    expect(m).toMatchObject({ status: 'serving', waitedMinutes: 20, waitOver: false });
  });

  it('seed 004 p.7: waiting over 20 minutes is flagged', () => {
    // Arrived 10:00:00, called 10:20:01 → 20 min 01 s waited: over 20 minutes.
    const m = visitMeasures(
      visit({ arrivedAt: '2026-12-03T10:00:00+05:00', calledAt: '2026-12-03T10:20:01+05:00' }),
      new Date('2026-12-03T10:25:00+05:00'),
    );
    expect(m).toMatchObject({ waitedMinutes: 20, waitOver: true });
  });

  it('seed 004 p.7: a visitor still waiting is flagged once the 20 minutes have passed', () => {
    // Arrived 09:40; now 10:01 → 21 minutes waiting, not called yet.
    const v = visit({ arrivedAt: '2026-12-03T09:40:00+05:00' });
    expect(visitMeasures(v, new Date('2026-12-03T10:01:00+05:00'))).toMatchObject({
      status: 'waiting',
      waitedMinutes: 21,
      waitOver: true,
      servedMinutes: null,
      serviceOver: null,
    });
    // At 09:55 → 15 minutes: within.
    expect(visitMeasures(v, new Date('2026-12-03T09:55:00+05:00')).waitOver).toBe(false);
  });
});

describe('seed 004 p.7: the service limit', () => {
  it('seed 004 p.7: service over 20 minutes is flagged', () => {
    // Called 10:05, ended 10:27 → 22 minutes served: over; waited 10:00 → 10:05 = 5 minutes.
    const m = visitMeasures(
      visit({
        arrivedAt: '2026-12-03T10:00:00+05:00',
        calledAt: '2026-12-03T10:05:00+05:00',
        endedAt: '2026-12-03T10:27:00+05:00',
      }),
      new Date('2026-12-03T12:00:00+05:00'),
    );
    expect(m).toEqual({
      status: 'ended',
      waitedMinutes: 5,
      servedMinutes: 22,
      waitOver: false,
      serviceOver: true,
    });
  });

  it('seed 004 p.7: service of 19 minutes 59 seconds is within the limit', () => {
    // Called 10:05:00, ended 10:24:59 → 19 min 59 s: shown as 19 minutes, within.
    const m = visitMeasures(
      visit({
        arrivedAt: '2026-12-03T10:00:00+05:00',
        calledAt: '2026-12-03T10:05:00+05:00',
        endedAt: '2026-12-03T10:24:59+05:00',
      }),
      new Date('2026-12-03T12:00:00+05:00'),
    );
    expect(m).toMatchObject({ servedMinutes: 19, serviceOver: false });
  });
});

describe('seed 003 p.7–8: the queue without a stated waiting limit', () => {
  it('seed 003 p.8 and 1-кесте 1-іс-қимыл: no waiting limit is claimed, the reception takes at most 20 minutes', () => {
    for (const id of [
      'technical-regulation-expert-auditor-attestat',
      'metrology-expert-auditor-certificate',
      'foreign-standards-registration',
      'measuring-instrument-type-approval',
      'metrological-attestation-certificate',
    ]) {
      const limits = visitLimits(service(id), null);
      expect(limits.wait).toBeNull();
      expect(limits.service?.ms).toBe(20 * MIN);
      expect(limits.service?.source).toMatch(/1-кесте, 1-іс-қимыл/);
    }
  });

  it('seed 003 p.8: a wait of an hour is measured but never flagged, as the act sets no limit', () => {
    // Arrived 09:00, called 10:00 → 60 minutes waited, no limit → waitOver null.
    const v: Visit = {
      ...visit({ arrivedAt: '2026-12-03T09:00:00+05:00', calledAt: '2026-12-03T10:00:00+05:00' }),
      limits: visitLimits(service('foreign-standards-registration'), 'registration'),
    };
    expect(visitMeasures(v, new Date('2026-12-03T10:10:00+05:00'))).toMatchObject({
      waitedMinutes: 60,
      waitOver: null,
      servedMinutes: 10,
      serviceOver: false,
    });
  });

  it('seed 003 annex 6 (state flag licence): no counter limit in the act, none claimed', () => {
    expect(visitLimits(service('state-flag-emblem-manufacturing-license'), 'issue')).toEqual({
      wait: null,
      service: null,
    });
  });
});

describe('the visit moves forward only', () => {
  const arrived = visit({ arrivedAt: '2026-12-03T10:00:00+05:00' });

  it('calls and finishes with the times and officials recorded', () => {
    const called = callVisit(arrived, new Date('2026-12-03T10:03:00+05:00'), 'clerk-1');
    const ended = finishVisit(called, new Date('2026-12-03T10:10:00+05:00'), 'clerk-1', 'app-1');
    expect(ended).toMatchObject({
      calledAt: '2026-12-03T05:03:00.000Z',
      calledBy: 'clerk-1',
      endedAt: '2026-12-03T05:10:00.000Z',
      endedBy: 'clerk-1',
      applicationId: 'app-1',
    });
  });

  it('refuses a second call, an end before a call, and a second end', () => {
    const called = callVisit(arrived, new Date('2026-12-03T10:03:00+05:00'), 'clerk-1');
    refusedWith('cases.visit_wrong_state', () =>
      callVisit(called, new Date('2026-12-03T10:04:00+05:00'), 'c'),
    );
    refusedWith('cases.visit_wrong_state', () =>
      finishVisit(arrived, new Date('2026-12-03T10:04:00+05:00'), 'c'),
    );
    const ended = finishVisit(called, new Date('2026-12-03T10:05:00+05:00'), 'c');
    refusedWith('cases.visit_wrong_state', () =>
      finishVisit(ended, new Date('2026-12-03T10:06:00+05:00'), 'c'),
    );
  });

  it('refuses a call before the arrival with a clear error naming both times', () => {
    const e = refusedWith('cases.visit_time_order', () =>
      callVisit(arrived, new Date('2026-12-03T09:59:00+05:00'), 'clerk-1'),
    );
    expect(String(e.params['reason'])).toMatch(/before arrival/);
  });
});

describe('property: end ≥ start ≥ arrival', () => {
  const base = Date.parse('2026-12-03T09:00:00+05:00');
  const offset = fc.integer({ min: 0, max: 4 * 3_600_000 });

  it('measures what the times say when they go forward, and refuses them otherwise', () => {
    fc.assert(
      fc.property(offset, offset, offset, fc.boolean(), (a, c, e, ended) => {
        const iso = (ms: number) => new Date(base + ms).toISOString();
        const v = visit({ arrivedAt: iso(a), calledAt: iso(c), ...(ended ? { endedAt: iso(e) } : {}) });
        const ordered = a <= c && (!ended || c <= e);
        if (!ordered) {
          refusedWith('cases.visit_time_order', () => checkVisitTimes(v));
          refusedWith('cases.visit_time_order', () => visitMeasures(v, new Date(base)));
          return;
        }
        const now = new Date(base + 5 * 3_600_000);
        const m = visitMeasures(v, now);
        const waited = c - a;
        const served = (ended ? e : now.getTime() - base) - c;
        expect(m.waitedMinutes).toBe(Math.floor(waited / MIN));
        expect(m.servedMinutes).toBe(Math.floor(served / MIN));
        expect(m.waitOver).toBe(waited > 20 * MIN);
        expect(m.serviceOver).toBe(served > 20 * MIN);
        expect(m.waitedMinutes).toBeGreaterThanOrEqual(0);
        expect(m.servedMinutes).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a call or an end earlier than the time before it is refused, and the visit is unchanged', () => {
    fc.assert(
      fc.property(offset, fc.integer({ min: 1, max: 3_600_000 }), (a, back) => {
        const v = visit({ arrivedAt: new Date(base + a).toISOString() });
        const before = structuredClone(v);
        refusedWith('cases.visit_time_order', () => callVisit(v, new Date(base + a - back), 'c'));
        expect(v).toEqual(before);
        const called = callVisit(v, new Date(base + a), 'c');
        refusedWith('cases.visit_time_order', () => finishVisit(called, new Date(base + a - back), 'c'));
      }),
    );
  });
});

describe('the office board', () => {
  it('lists the waiting longest wait first, then those being served; ended visits are not on it', () => {
    const now = new Date('2026-12-03T10:30:00+05:00');
    const a = { ...visit({ arrivedAt: '2026-12-03T10:15:00+05:00' }), id: 'a', ticket: 3 };
    const b = { ...visit({ arrivedAt: '2026-12-03T10:05:00+05:00' }), id: 'b', ticket: 2 };
    const c = {
      ...visit({ arrivedAt: '2026-12-03T10:00:00+05:00', calledAt: '2026-12-03T10:02:00+05:00' }),
      id: 'c',
      ticket: 1,
    };
    const d = {
      ...visit({
        arrivedAt: '2026-12-03T09:00:00+05:00',
        calledAt: '2026-12-03T09:01:00+05:00',
        endedAt: '2026-12-03T09:02:00+05:00',
      }),
      id: 'd',
    };
    const board = boardOf([a, b, c, d], now);
    // b waits 10:05 → 10:30 = 25 min (over), a 10:15 → 10:30 = 15 min.
    expect(board.waiting.map((v) => [v.id, v.waitedMinutes, v.waitOver])).toEqual([
      ['b', 25, true],
      ['a', 15, false],
    ]);
    // c is served since 10:02 → 28 min at 10:30: over.
    expect(board.serving.map((v) => [v.id, v.servedMinutes, v.serviceOver])).toEqual([['c', 28, true]]);
  });
});
