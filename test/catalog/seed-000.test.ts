/**
 * Spot checks of catalog/000-state-flag-emblem-license.json against order № 166-НҚ of 18.05.2020
 * (seed 000): each expected value was re-read from the act's text, cited in the test title.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogFile } from '../../src/catalog/schema.ts';
import { checkIntegrity } from '../../src/catalog/integrity.ts';

const file = CatalogFile.parse(
  JSON.parse(
    readFileSync(new URL('../../catalog/000-state-flag-emblem-license.json', import.meta.url), 'utf8'),
  ),
);

function getService(id: string) {
  const service = file.services.find((s) => s.id === id);
  if (!service) throw new Error(`service ${id} missing`);
  return service;
}
function getCase(serviceId: string, caseId: string) {
  const c = getService(serviceId).cases.find((x) => x.id === caseId);
  if (!c) throw new Error(`case ${caseId} missing`);
  return c;
}

const SERVICE = 'state-flag-emblem-manufacturing-license';

describe('act 000: order № 166-НҚ', () => {
  it('passes the cross-reference checks', () => {
    expect(checkIntegrity(file)).toEqual([]);
  });

  it('heading: order № 166-НҚ of 18 May 2020, registered № 20667 on 19 May 2020', () => {
    expect(file.act.number).toBe('166-НҚ');
    expect(file.act.date).toBe('2020-05-18');
    expect(file.act.justiceRegistration).toEqual({ number: '20667', date: '2020-05-19' });
    expect(file.act.status).toBe('in-force');
  });

  it('Ескерту notes: amendments 583-НҚ, 124-НҚ, 113-НҚ incorporated; 241-НҚ only announced', () => {
    const byNumber = new Map(file.act.amendments.map((a) => [a.number, a]));
    expect([...byNumber.keys()].sort()).toEqual(['113-НҚ', '124-НҚ', '241-НҚ', '583-НҚ']);
    expect(byNumber.get('583-НҚ')?.date).toBe('2021-11-04');
    expect(byNumber.get('124-НҚ')?.date).toBe('2023-03-30');
    expect(byNumber.get('113-НҚ')?.date).toBe('2025-03-19');
    expect(byNumber.get('241-НҚ')?.date).toBe('2025-08-13');
    expect(byNumber.get('241-НҚ')?.incorporated).toBe(false);
    expect(byNumber.get('583-НҚ')?.incorporated).toBe(true);
    // Publication dates are not in the text: effective dates are lower-bound estimates, marked so.
    expect(file.act.amendments.every((a) => a.effectiveFromEstimated)).toBe(true);
    expect(byNumber.get('583-НҚ')?.effectiveFrom).toBe('2022-01-03'); // 04.11.2021 + 60 calendar days
  });

  it('1-қосымша Ескерту: 124-НҚ takes effect after ten calendar days, 583-НҚ after sixty', () => {
    const a124 = file.act.amendments.find((a) => a.number === '124-НҚ');
    const a583 = file.act.amendments.find((a) => a.number === '583-НҚ');
    expect(a124?.effectiveRule).toContain('күнтізбелік он күн');
    expect(a583?.effectiveRule).toContain('күнтізбелік алпыс күн');
  });

  it('Бұйрық 4-т.: the order takes effect twenty-one calendar days after first publication', () => {
    expect(file.act.effectiveRule).toContain('күнтізбелік жиырма бір күн');
  });
});

describe(`service ${SERVICE}`, () => {
  const service = getService(SERVICE);

  it('approves one service with two cases: issue and reissue (12-т.)', () => {
    expect(file.services).toHaveLength(1);
    expect(service.cases.map((c) => c.kind)).toEqual(['issue', 'reissue']);
  });

  it('Бұйрық 4-т.: in force from 21 calendar days after publication (estimated from registration 19.05.2020)', () => {
    expect(service.validFrom).toBe('2020-06-09');
    expect(service.validityEstimated).toBe(true);
  });

  it('3-т.; 2-қосымша, 1-жол: provider is the Committee for Technical Regulation and Metrology', () => {
    expect(service.provider.name.kk).toBe(
      'Қазақстан Республикасы Сауда және интеграция министрлігінің Техникалық реттеу және метрология комитеті',
    );
  });

  it('2-қосымша, 2-жол: only channel is the e-gov portal', () => {
    expect(service.channels.map((c) => c.kind)).toEqual(['egov-portal']);
  });

  it('2-қосымша, 4-жол: form is electronic, partially automated', () => {
    expect(service.form.automation).toBe('partial');
  });

  it('12-т.; 2-қосымша, 3-жол: issue takes 7 working days', () => {
    const d = getCase(SERVICE, 'issue').deadline;
    expect([d?.amount, d?.unit]).toEqual([7, 'working_days']);
  });

  it('12-т.; 2-қосымша, 3-жол: reissue takes 7 working days', () => {
    const d = getCase(SERVICE, 'reissue').deadline;
    expect([d?.amount, d?.unit]).toEqual([7, 'working_days']);
  });

  it('2-қосымша, 6-жол 1): licence fee for issue is 10 MCI', () => {
    const fee = getCase(SERVICE, 'issue').fee;
    expect(fee?.mci).toBe(10);
    expect(fee?.kind).toBe('license-fee');
    expect(fee?.free).toBe(false);
  });

  it('2-қосымша, 6-жол 2): licence fee for reissue is 1 MCI', () => {
    expect(getCase(SERVICE, 'reissue').fee?.mci).toBe(1);
  });

  it('10-т.; 11-т.: completeness is checked within 1 working day', () => {
    for (const id of ['issue', 'reissue']) {
      const w = getCase(SERVICE, id).completenessCheck;
      expect([w?.amount, w?.unit]).toEqual([1, 'working_days']);
    }
  });

  it('12-т. 2-бөлік: results are electronic documents signed with the EDS', () => {
    const license = service.results.find((r) => r.kind === 'license');
    expect(license?.form).toBe('electronic');
    expect(license?.signedWithEds).toBe(true);
  });

  it('11-т.; 2-қосымша, 9-жол: 1 incompleteness ground + 7 refusal grounds', () => {
    expect(service.refusalGrounds).toHaveLength(8);
    expect(service.refusalGrounds.filter((g) => g.kind === 'incomplete')).toHaveLength(1);
    expect(service.refusalGrounds.find((g) => g.id === 'license-fee-not-paid')?.text.kk).toBe(
      'лицензиялық алым енгізілмеген',
    );
  });

  it('1-қосымша: the form has items 1–7 (item 8 deleted by 124-НҚ)', () => {
    expect(service.qualificationForm?.fields).toHaveLength(7);
  });

  it('12-1-т.: preliminary decision at least 3 working days before the term ends; objection within 2 working days', () => {
    expect(service.hearing?.noticeBeforeDeadline).toMatchObject({ amount: 3, unit: 'working_days' });
    expect(service.hearing?.objectionWindow).toMatchObject({ amount: 2, unit: 'working_days' });
  });

  it('16-т.: provider reviews a complaint in 5, quality authority in 15 working days', () => {
    expect(service.appeal?.reviewByProvider).toMatchObject({ amount: 5, unit: 'working_days' });
    expect(service.appeal?.reviewByQualityAuthority).toMatchObject({ amount: 15, unit: 'working_days' });
  });

  it('16-т.: extension up to 10 working days, notice of extension within 3 working days', () => {
    expect(service.appeal?.extensionMax).toMatchObject({ amount: 10, unit: 'working_days' });
    expect(service.appeal?.extensionNoticeWithin).toMatchObject({ amount: 3, unit: 'working_days' });
  });

  it('16-т.: forwarded to the reviewing body within 3, reviewed there within 20 working days', () => {
    expect(service.appeal?.forwardToReviewingBodyWithin).toMatchObject({ amount: 3, unit: 'working_days' });
    expect(service.appeal?.reviewByReviewingBody).toMatchObject({ amount: 20, unit: 'working_days' });
  });

  it('16-т.: a complaint is filed within 3 months of learning of the decision, in one of three places', () => {
    expect(service.appeal?.fileWithin).toMatchObject({ amount: 3, unit: 'months' });
    expect(service.appeal?.whereToFile).toHaveLength(3);
  });

  it('2-қосымша, 7-жол: provider works Mon–Fri 9:00–18:30, lunch 13:00–14:30; portal round the clock', () => {
    const provider = service.schedules.find((s) => s.who === 'provider');
    expect([provider?.open, provider?.close]).toEqual(['09:00', '18:30']);
    expect(provider?.lunch).toEqual({ from: '13:00', to: '14:30' });
    expect(provider?.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(service.schedules.find((s) => s.who === 'egov-portal')?.aroundTheClock).toBe(true);
  });

  describe('process portal-issue-reissue', () => {
    const process = service.processes.find((p) => p.id === 'portal-issue-reissue');
    const step = (id: string) => process?.steps.find((s) => s.id === id);

    it('covers issue and reissue through the portal in 14 steps', () => {
      expect(process?.channel).toBe('egov-portal');
      expect(process?.cases).toEqual(['issue', 'reissue']);
      expect(process?.steps).toHaveLength(14);
    });

    it('10-т.: completeness check by the provider within 1 working day, branching to the 11-т. refusal', () => {
      const s = step('completeness-check');
      expect(s?.role).toBe('provider');
      expect(s?.duration).toMatchObject({ amount: 1, unit: 'working_days' });
      expect(s?.branches[0]).toMatchObject({
        condition: 'incomplete-documents',
        next: 'refuse-further-consideration',
      });
    });

    it('11-т.: refusal of further consideration within 1 working day ends the process', () => {
      const s = step('refuse-further-consideration');
      expect(s?.duration).toMatchObject({ amount: 1, unit: 'working_days' });
      expect(s?.next).toBeNull();
    });

    it('10-т. 2-бөлік: the territorial unit visits the applicant within 2 working days', () => {
      const s = step('site-visit');
      expect(s?.role).toBe('territorial-unit');
      expect(s?.duration).toMatchObject({ amount: 2, unit: 'working_days' });
    });

    it('12-1-т.: the applicant objects within 2 working days', () => {
      const s = step('objection');
      expect(s?.role).toBe('applicant');
      expect(s?.duration).toMatchObject({ amount: 2, unit: 'working_days' });
    });
  });
});
