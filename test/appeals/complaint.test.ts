/**
 * Complaint deadlines of seed 000 ch. 3 (Қағидалар 16–17-т.), with the terms read from the
 * catalog and the expected days worked out by hand on the 2025 calendar: Kurban Ait on Friday
 * 6 June 2025 is a day off; Capital Day (Sunday 6 July 2025) moves to Monday 7 July.
 */
import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar } from '../../src/calendar/index.ts';
import { loadCatalog, loadComplaintsLaw } from '../../src/catalog/files.ts';
import { appealTermsFor } from '../../src/appeals/terms.ts';
import {
  addTerm,
  calendarTermEnd,
  lastDayOnDayOff,
  overdue,
  runComplaint,
  type AppealTerms,
  type ComplaintCommand,
  type ComplaintState,
} from '../../src/appeals/complaint.ts';

const terms: AppealTerms = (() => {
  const entry = loadCatalog().catalog.resolve('state-flag-emblem-manufacturing-license', '2025-06-02', {
    acceptRepealed: true,
  });
  if (entry.service.appeal === null) throw new Error('no appeal terms in the catalog');
  return entry.service.appeal;
})();

const ctx = (today: string) => ({ terms, calendar: kazakhstanCalendar, today, at: `${today}T05:00:00.000Z` });
const file = (over: Partial<Extract<ComplaintCommand, { type: 'file' }>> = {}): ComplaintCommand => ({
  type: 'file',
  id: 'c-1',
  applicationId: 'app-1',
  providerId: 'prov-1',
  subject: 'decision',
  learnedOn: '2025-03-15',
  reviewer: 'provider',
  text: 'refusal without grounds',
  ...over,
});
const step = (s: ComplaintState | null, c: ComplaintCommand, today: string) =>
  runComplaint(s, c, ctx(today)).state;

describe('complaints: terms from the catalog (seed 000 Қағидалар 16-т.)', () => {
  it('uses the catalog terms', () => {
    expect(terms.fileWithin).toMatchObject({ amount: 3, unit: 'months' });
    expect(terms.reviewByProvider).toMatchObject({ amount: 5, unit: 'working_days' });
    expect(terms.extensionMax).toMatchObject({ amount: 10, unit: 'working_days' });
  });

  it('filed within 3 months of learning; a day later is refused (16-т. 1-бөлік)', () => {
    // 15 March + 3 months = Sunday 15 June 2025: the term ends on Monday 16 June.
    expect(step(null, file(), '2025-06-02').fileBy).toBe('2025-06-16');
    expect(step(null, file(), '2025-06-16').status).toBe('under-review');
    expect(() => step(null, file(), '2025-06-17')).toThrow(expect.objectContaining({ code: 'appeal.late' }));
  });

  const months3 = { amount: 3, unit: 'months', bound: 'max', source: 's' } as const;

  it('a month without the day ends on its last day (then moved off a day off)', () => {
    expect(calendarTermEnd(kazakhstanCalendar, '2025-11-30', months3)).toBe('2026-02-28');
    // Saturday 28 February 2026 → Monday 2 March.
    expect(addTerm(kazakhstanCalendar, '2025-11-30', months3)).toBe('2026-03-02');
  });

  describe('the last day on a day off moves to the next working day (Civil Code art. 173; not in the seeds)', () => {
    it('the rule is data with its source, flagged as not found in the seeds', () => {
      expect(lastDayOnDayOff.source).toMatch(/Азаматтық кодекс.*173-бап/);
      expect(lastDayOnDayOff.foundInSeeds).toBe(false);
    });

    it('a working day stays', () => {
      expect(addTerm(kazakhstanCalendar, '2025-02-08', months3)).toBe('2025-05-08');
    });

    it('a weekend: Saturday 13 September 2025 → Monday 15 September', () => {
      expect(calendarTermEnd(kazakhstanCalendar, '2025-06-13', months3)).toBe('2025-09-13');
      expect(addTerm(kazakhstanCalendar, '2025-06-13', months3)).toBe('2025-09-15');
    });

    it('a holiday and the days off carried over from it: Nauryz, 21 March 2025 → 26 March', () => {
      // 21–23 March are Nauryz; 22 and 23 fall on the weekend, so 24 and 25 March are days off too.
      expect(calendarTermEnd(kazakhstanCalendar, '2024-12-21', months3)).toBe('2025-03-21');
      expect(addTerm(kazakhstanCalendar, '2024-12-21', months3)).toBe('2025-03-26');
      const filed = step(null, file({ learnedOn: '2024-12-21' }), '2025-03-26');
      expect(filed.fileBy).toBe('2025-03-26');
      expect(() => step(null, file({ learnedOn: '2024-12-21' }), '2025-03-27')).toThrow(
        expect.objectContaining({ code: 'appeal.late' }),
      );
    });

    it('calendar-day terms move the same way; working-day terms are not touched', () => {
      // Friday 14 March 2025 + 7 calendar days = Friday 21 March (Nauryz) → 26 March.
      expect(
        addTerm(kazakhstanCalendar, '2025-03-14', {
          amount: 7,
          unit: 'calendar_days',
        }),
      ).toBe('2025-03-26');
      expect(
        addTerm(kazakhstanCalendar, '2025-03-14', {
          amount: 1,
          unit: 'working_days',
        }),
      ).toBe('2025-03-17');
    });
  });

  it('provider reviews in 5 working days, the quality authority in 15 (16-т. 2-бөлік)', () => {
    // 3, 4, 5 June, (6 June Kurban Ait, weekend), 9, 10 June.
    expect(step(null, file(), '2025-06-02').reviewDue).toBe('2025-06-10');
    expect(step(null, file({ reviewer: 'quality-authority' }), '2025-06-02').reviewDue).toBe('2025-06-24');
  });

  it('extension by at most 10 working days, once, with notice within 3 working days (16-т. 3–4-бөлік)', () => {
    const filed = step(null, file(), '2025-06-02');
    expect(() =>
      step(filed, { type: 'extend', workingDays: 11, reason: 'inspection' }, '2025-06-05'),
    ).toThrow(expect.objectContaining({ code: 'appeal.extension_too_long' }));
    const extended = step(filed, { type: 'extend', workingDays: 10, reason: 'inspection' }, '2025-06-05');
    expect(extended.reviewDue).toBe('2025-06-24');
    expect(extended.extension?.noticeDue).toBe('2025-06-11');
    expect(() => step(extended, { type: 'extend', workingDays: 1, reason: 'again' }, '2025-06-06')).toThrow(
      expect.objectContaining({ code: 'appeal.wrong_status' }),
    );
    expect(overdue(extended, '2025-06-11')).toEqual([]);
    expect(overdue(extended, '2025-06-12')).toEqual(['extension-notice']);
    const late = runComplaint(extended, { type: 'notify-extension' }, ctx('2025-06-12'));
    expect(late.events[0]).toMatchObject({ type: 'extension-notified', onTime: false });
    expect(overdue(late.state, '2025-06-12')).toEqual([]);
  });

  it('review overdue is flagged; a late decision is recorded as late', () => {
    const filed = step(null, file(), '2025-06-02');
    expect(overdue(filed, '2025-06-10')).toEqual([]);
    expect(overdue(filed, '2025-06-11')).toEqual(['review']);
    const decided = step(filed, { type: 'decide', outcome: 'satisfied', text: 'granted' }, '2025-06-11');
    expect(decided.decisions[0]).toMatchObject({ outcome: 'satisfied', onTime: false, on: '2025-06-11' });
  });

  it('granted in full by the provider: closed, not forwarded (16-т. 5-бөлік)', () => {
    const filed = step(null, file(), '2025-06-02');
    const closed = step(filed, { type: 'decide', outcome: 'satisfied', text: 'granted' }, '2025-06-10');
    expect(closed).toMatchObject({ status: 'closed', forwardDue: null });
    expect(() => step(closed, { type: 'forward', body: 'ministry' }, '2025-06-11')).toThrow(
      expect.objectContaining({ code: 'appeal.wrong_status' }),
    );
  });

  it("seed 000 16-т. 5-бөлік: forwarded within 3 working days of the complaint's arrival; the reviewing body decides in 20; then another body or the court", () => {
    // Arrived Monday 2 June 2025; 3 working days: 3, 4, 5 June → forward by Thursday 5 June
    // (counted from the arrival, not from the provider's decision on 10 June).
    const filed = step(null, file(), '2025-06-02');
    const partly = step(
      filed,
      { type: 'decide', outcome: 'partly-satisfied', text: 'in part' },
      '2025-06-04',
    );
    expect(partly).toMatchObject({ status: 'to-forward', forwardDue: '2025-06-05' });
    expect(overdue(partly, '2025-06-05')).toEqual([]);
    // Friday 6 June is Kurban Ait; on Monday 9 June the forwarding is overdue.
    expect(overdue(partly, '2025-06-09')).toEqual(['forward']);
    // Forwarded late on Monday 16 June; 20 working days on: 17–20, 23–27, 30 June, 1–4, 8–11,
    // 14, 15 July (Capital Day, Sunday 6 July, moves to Monday 7 July) → Tuesday 15 July.
    const forwarded = runComplaint(partly, { type: 'forward', body: 'ministry' }, ctx('2025-06-16'));
    expect(forwarded.events[0]).toMatchObject({ onTime: false, reviewDue: '2025-07-15' });
    expect(forwarded.state).toMatchObject({ reviewer: 'reviewing-body', status: 'under-review' });
    const final = step(forwarded.state, { type: 'decide', outcome: 'rejected', text: 'no' }, '2025-07-15');
    expect(final).toMatchObject({ status: 'decided', nextRemedy: 'another-reviewing-body-or-court' });
    expect(final.decisions.map((d) => [d.reviewer, d.outcome, d.onTime])).toEqual([
      ['provider', 'partly-satisfied', true],
      ['reviewing-body', 'rejected', true],
    ]);
    expect(final.version).toBe(4);
  });
});

describe('seed 000 16-т. 3-бөлік: only the provider and the quality authority may extend', () => {
  it("the reviewing body's 20 working days cannot be extended", () => {
    const filed = step(null, file(), '2025-06-02');
    const partly = step(filed, { type: 'decide', outcome: 'rejected', text: 'no' }, '2025-06-03');
    const forwarded = step(partly, { type: 'forward', body: 'ministry' }, '2025-06-04');
    expect(terms.extensionBy?.reviewers).toEqual(['provider', 'quality-authority']);
    expect(() =>
      step(forwarded, { type: 'extend', workingDays: 5, reason: 'inspection' }, '2025-06-05'),
    ).toThrow(expect.objectContaining({ code: 'appeal.not_extendable' }));
    // The quality authority's own review may be.
    const qa = step(null, file({ reviewer: 'quality-authority' }), '2025-06-02');
    expect(
      step(qa, { type: 'extend', workingDays: 5, reason: 'inspection' }, '2025-06-03').extension,
    ).not.toBeNull();
  });
});

describe("seed 004 20–25-т.: the standard's own route", () => {
  const knb = appealTermsFor(
    loadCatalog().catalog.resolve('crypto-protection-means-license', '2014-01-10', { acceptRepealed: true })
      .service.appeal,
    loadComplaintsLaw(),
  );
  const ctx004 = (today: string) => ({
    ...knb,
    calendar: kazakhstanCalendar,
    today,
    at: `${today}T04:30:00.000Z`,
  });

  it("seed 004 25-т.: a talon with date, time and receiver, the journal, review in the 2007 Law's 15 calendar days, reply by post, then the court (23-т.)", () => {
    expect(knb.basis.basis).toBe('service-act');
    expect(knb.terms.talon?.source).toMatch(/25-т\./);
    // Filed Friday 6 March 2026 at 09:30 (04:30 UTC) with the clerk Ахметова.
    // 6 March + 15 calendar days = Saturday 21 March; 21, 22 (weekend), 23 (Nauryz), 24, 25 (days
    // off carried over from Nauryz on 21 and 22 March) → the term ends Thursday 26 March 2026.
    const filed = runComplaint(null, file({ receivedBy: 'Ахметова Г.' }), ctx004('2026-03-06')).state;
    expect(filed.reviewDue).toBe('2026-03-26');
    expect(filed.fileBy).toBeNull(); // the standard sets no filing term
    expect(filed.talon).toMatchObject({
      acceptedAt: '2026-03-06T04:30:00.000Z',
      receivedBy: 'Ахметова Г.',
      journal: 'Ұлттық қауіпсіздік комитетінің ақпаратты есепке алу журналы',
      entry: 'c-1',
    });
    expect(filed.terms).toMatchObject({ basis: 'service-act' });
    // No reviewing body in the standard: a rejection goes to the court, told by post.
    const decided = runComplaint(
      filed,
      { type: 'decide', outcome: 'rejected', text: 'no' },
      ctx004('2026-03-20'),
    ).state;
    expect(decided).toMatchObject({ status: 'decided', forwardDue: null, nextRemedy: 'court' });
    expect(decided.decisions[0]).toMatchObject({ replyBy: 'post', onTime: true });
    // Nor may it be extended: the standard names no extension.
    expect(() =>
      runComplaint(filed, { type: 'extend', workingDays: 2, reason: 'x' }, ctx004('2026-03-10')),
    ).toThrow(expect.objectContaining({ code: 'appeal.not_extendable' }));
  });
});

describe('seeds 001–003: no complaint chapter, so the general rules', () => {
  it('seed 001 (no appeal in the act): accepted under the Law on state services art. 25, and it says so', () => {
    const general = appealTermsFor(
      loadCatalog().catalog.resolve('security-services-license', '2025-06-02', { acceptRepealed: true })
        .service.appeal,
      loadComplaintsLaw(),
    );
    expect(general.basis.basis).toBe('general-rules');
    const filed = runComplaint(null, file(), {
      ...general,
      calendar: kazakhstanCalendar,
      today: '2025-06-02',
      at: 'x',
    }).state;
    // Filed Monday 2 June 2025: 5 working days 3, 4, 5, (6 Kurban Ait), 9, 10 June → 10 June;
    // learned 15 March + 3 months = Sunday 15 June → Monday 16 June.
    expect(filed).toMatchObject({ reviewDue: '2025-06-10', fileBy: '2025-06-16' });
    expect(filed.terms?.basis).toBe('general-rules');
    expect(filed.terms?.source).toMatch(/25-бап/);
    expect(filed.terms?.text?.en).toMatch(/general rules/);
    expect(filed.terms?.text?.ru).toMatch(/общем порядке/);
  });
});
