/**
 * Spot checks of seed 001 (ҚР ІІМ 08.12.2018 № 895, the regulation "Күзет қызметімен айналысу
 * құқығына лицензия беру" in new wording) against values re-read from the act's text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogFile } from '../../src/catalog/schema.ts';
import { checkIntegrity } from '../../src/catalog/integrity.ts';

const file = CatalogFile.parse(
  JSON.parse(
    readFileSync(new URL('../../catalog/001-security-services-license.json', import.meta.url), 'utf8'),
  ),
);

function service(id: string) {
  const s = file.services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
}
const svc = service('security-services-license');

function kase(id: string) {
  const c = svc.cases.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
}
function proc(id: string) {
  const p = svc.processes.find((x) => x.id === id);
  if (!p) throw new Error(`no process ${id}`);
  return p;
}
function step(processId: string, label: string) {
  const s = proc(processId).steps.find((x) => x.label === label);
  if (!s) throw new Error(`no step ${label} in ${processId}`);
  return s;
}
const dur = (d: { amount: number; unit: string } | null | undefined) =>
  d ? { amount: d.amount, unit: d.unit } : null;

describe('seed 001 — act metadata', () => {
  it('header: ІІМ order № 895 of 08.12.2018, registered 21.12.2018 № 17996', () => {
    expect(file.act.number).toBe('895');
    expect(file.act.date).toBe('2018-12-08');
    expect(file.act.justiceRegistration).toEqual({ number: '17996', date: '2018-12-21' });
  });

  it('Ескерту: repealed by ІІМ order № 261 of 28.03.2020', () => {
    expect(file.act.status).toBe('repealed');
    expect(file.act.repealedBy?.number).toBe('261');
    expect(file.act.repealedBy?.date).toBe('2020-03-28');
  });

  it('4-т.: in force 10 calendar days after first publication — validity is an estimate', () => {
    expect(file.act.effectiveRule).toContain('күнтізбелік он күн');
    expect(svc.validityEstimated).toBe(true);
    expect(svc.validFrom > '2018-12-21').toBe(true);
    expect(svc.validTo !== null && svc.validTo > '2020-03-28').toBe(true);
  });

  it('file passes the integrity checks', () => {
    expect(checkIntegrity(file)).toEqual([]);
  });
});

describe('security-services-license', () => {
  it('Регламент 1-т.: provided through www.egov.kz or www.elicense.kz', () => {
    expect(svc.channels.map((c) => c.kind).sort()).toEqual(['egov-portal', 'elicense-portal']);
  });

  it('Регламент 2-т.: the form is electronic', () => {
    expect(svc.form.text).toBe('электрондық');
  });

  it('Регламент 3-т.: results go to legal entities only', () => {
    expect(svc.applicantTypes).toEqual(['legal-entity']);
  });

  it('Регламент 3-т.: three cases — issue, reissue, duplicate', () => {
    expect(svc.cases.map((c) => c.kind)).toEqual(['issue', 'reissue', 'duplicate']);
  });

  it('Регламент 5-т. 2), 7-т. 2): completeness check 2 working days (issue, reissue), 1 working day (duplicate)', () => {
    expect(dur(kase('issue').completenessCheck)).toEqual({ amount: 2, unit: 'working_days' });
    expect(dur(kase('reissue').completenessCheck)).toEqual({ amount: 2, unit: 'working_days' });
    expect(dur(kase('duplicate').completenessCheck)).toEqual({ amount: 1, unit: 'working_days' });
  });

  it('Регламент 5-т. 3): a license fee is paid but its amount is not in the act', () => {
    for (const c of svc.cases) {
      expect(c.fee?.kind).toBe('license-fee');
      expect(c.fee?.mci).toBeNull();
      expect(c.fee?.free).toBe(false);
    }
  });

  it('Регламент 5-т. (лицензия беру кезде): five procedures', () => {
    expect(proc('issue-provider').steps).toHaveLength(5);
  });

  it('Регламент 5-т. 1): the head assigns the executor within 1 hour', () => {
    const s = step('issue-provider', '1)');
    expect(s.role).toBe('head');
    expect(dur(s.duration)).toEqual({ amount: 1, unit: 'hours' });
  });

  it('Регламент 5-т. 3) (issue): gateway check and request to ҚСжАЕАКБ — 6 working days', () => {
    expect(dur(step('issue-provider', '3)').duration)).toEqual({ amount: 6, unit: 'working_days' });
  });

  it('Регламент 5-т. 4) (issue): check of dismissed persons — 6 hours', () => {
    expect(dur(step('issue-provider', '4)').duration)).toEqual({ amount: 6, unit: 'hours' });
  });

  it('Регламент 5-т. 5) (issue): report, result in «Е-лицензиялау», head signs — 1 working day', () => {
    expect(dur(step('issue-provider', '5)').duration)).toEqual({ amount: 1, unit: 'working_days' });
  });

  it('Регламент 5-т. (қайта ресімдеу): four procedures, 3) 5 hours, 4) 2 hours', () => {
    expect(proc('reissue-provider').steps).toHaveLength(4);
    expect(dur(step('reissue-provider', '3)').duration)).toEqual({ amount: 5, unit: 'hours' });
    expect(dur(step('reissue-provider', '4)').duration)).toEqual({ amount: 2, unit: 'hours' });
  });

  it('Регламент 5-т. (телнұсқа): four procedures, 2) 1 working day, 3) 5 hours, 4) 2 hours', () => {
    expect(proc('duplicate-provider').steps).toHaveLength(4);
    expect(dur(step('duplicate-provider', '2)').duration)).toEqual({ amount: 1, unit: 'working_days' });
    expect(dur(step('duplicate-provider', '3)').duration)).toEqual({ amount: 5, unit: 'hours' });
    expect(dur(step('duplicate-provider', '4)').duration)).toEqual({ amount: 2, unit: 'hours' });
  });

  it('Регламент 5-т. 2): incompleteness leads to a reasoned refusal of further consideration', () => {
    const b = step('issue-provider', '2)').branches.find((x) => x.condition === 'incomplete-documents');
    expect(b?.next).toBeNull();
    expect(svc.refusalGrounds.filter((g) => g.kind === 'incomplete')).toHaveLength(2);
  });

  it('Регламент 6-т.: three participants — head, КҚБ officer, ҚСжАЕАКБ officer', () => {
    expect(proc('issue-provider').participants.map((p) => p.source)).toEqual([
      'Регламент 6-т. 1) тармақша',
      'Регламент 6-т. 2) тармақша',
      'Регламент 6-т. 3) тармақша; 5-т. 3) тармақша',
    ]);
  });

  it('Регламент 9-т.: the applicant portal flow has 16 sub-paragraphs (11 processes, 4 conditions)', () => {
    const steps = proc('portal-applicant').steps;
    expect(steps).toHaveLength(16);
    expect(steps.filter((s) => s.label?.endsWith('-процесс'))).toHaveLength(11);
    expect(steps.filter((s) => s.label?.endsWith('-шарт'))).toHaveLength(4);
  });

  it('Регламент 9-т. 7)–8): no payment (2-шарт) → refusal message (5-процесс)', () => {
    const b = step('portal-applicant', '2-шарт').branches[0];
    expect(b?.condition).toBe('no-payment');
    expect(b?.next).toBe(step('portal-applicant', '5-процесс').id);
  });

  it('Регламент 9-т. 10)–11): EDS check in ЭҮП (3-шарт) → 7-процесс on failure', () => {
    const s = step('portal-applicant', '3-шарт');
    expect(s.role).toBe('egov-portal');
    expect(s.branches[0]?.condition).toBe('invalid-eds');
    expect(s.branches[0]?.next).toBe(step('portal-applicant', '7-процесс').id);
  });

  it('Регламент 10-т.: the provider flow has 11 sub-paragraphs; 2-шарт checks «ЗТ» МДБ АЖ', () => {
    expect(proc('provider-information-system').steps).toHaveLength(11);
    const s = step('provider-information-system', '2-шарт');
    expect(s.role).toBe('gbd-ul');
    expect(s.branches[0]?.condition).toBe('state-db-missing');
  });

  it('Регламент 7-т. соңғы абзац: refusal on the grounds of Standard 10-т.; 6 grounds in all', () => {
    expect(svc.refusalGrounds.map((g) => g.id)).toContain('standard-10-grounds');
    expect(svc.refusalGrounds).toHaveLength(6);
  });

  it('the act has no appeal, hearing or tacit-consent rule', () => {
    expect(svc.appeal).toBeNull();
    expect(svc.hearing).toBeNull();
    expect(svc.tacitConsent).toBeNull();
  });
});
