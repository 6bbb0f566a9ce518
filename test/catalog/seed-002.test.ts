/**
 * Spot checks of catalog/002-precious-metals-regulations.json against the act it encodes:
 * order of the acting Minister for Investments and Development No. 638 of 28.05.2015
 * (justice reg. No. 11601), five regulations in annexes 1–5. Values were re-read from the act text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogFile } from '../../src/catalog/schema.ts';
import { checkIntegrity } from '../../src/catalog/integrity.ts';

const file = CatalogFile.parse(
  JSON.parse(
    readFileSync(new URL('../../catalog/002-precious-metals-regulations.json', import.meta.url), 'utf8'),
  ),
);

function service(id: string) {
  const s = file.services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
}
function processOf(id: string, processId: string) {
  const p = service(id).processes.find((x) => x.id === processId);
  if (!p) throw new Error(`no process ${processId} in ${id}`);
  return p;
}
function step(id: string, processId: string, label: string) {
  const s = processOf(id, processId).steps.find((x) => x.label === label);
  if (!s) throw new Error(`no step ${label} in ${id}/${processId}`);
  return s;
}

describe('act 002: order No. 638 of 28.05.2015', () => {
  it('header: No. 638, 2015-05-28, justice registration No. 11601 of 2015-07-09', () => {
    expect(file.act.number).toBe('638');
    expect(file.act.date).toBe('2015-05-28');
    expect(file.act.justiceRegistration).toEqual({ number: '11601', date: '2015-07-09' });
  });
  it('Ескерту: repealed by order No. 457 of 08.09.2020, ten calendar days after publication', () => {
    expect(file.act.status).toBe('repealed');
    expect(file.act.repealedBy?.number).toBe('457');
    expect(file.act.repealedBy?.date).toBe('2020-09-08');
    expect(file.act.repealedBy?.effectiveRule).toContain('күнтізбелік он күн');
  });
  it('5-т.: in force twenty-one calendar days after first official publication', () => {
    expect(file.act.effectiveRule).toContain('күнтізбелік жиырма бір күн');
  });
  it('2-т.: repeals order No. 229 of 18.06.2014 (reg. No. 9627)', () => {
    expect(file.act.amends.join(' ')).toContain('№ 229');
    expect(file.act.amends.join(' ')).toContain('№ 9627');
  });
  it('1-т.: approves five regulations (annexes 1–5)', () => {
    expect(file.services).toHaveLength(5);
    expect(file.services.map((s) => s.approvedBy.slice(0, 18))).toEqual([
      'Бұйрықтың 1-т. 1) ',
      'Бұйрықтың 1-т. 2) ',
      'Бұйрықтың 1-т. 3) ',
      'Бұйрықтың 1-т. 4) ',
      'Бұйрықтың 1-т. 5) ',
    ]);
  });
  it('cross-references hold', () => {
    expect(checkIntegrity(file)).toEqual([]);
  });
});

/** What every one of the five regulations says, paragraph by paragraph; only 5-т. 4) differs. */
const regulations = [
  {
    annex: 1,
    id: 'precious-metals-special-registration-certificate',
    reviewDays: 4,
    kind: 'certificate',
    word: 'Анықтама',
  },
  {
    annex: 2,
    id: 'precious-metals-extraction-feasibility-conclusion',
    reviewDays: 6,
    kind: 'conclusion',
    word: 'Қорытынды',
  },
  {
    annex: 3,
    id: 'precious-metals-raw-processing-infeasibility-conclusion',
    reviewDays: 6,
    kind: 'conclusion',
    word: 'Қорытынды',
  },
  { annex: 4, id: 'precious-metals-export-control-act', reviewDays: 4, kind: 'issue', word: 'Акт' },
  { annex: 5, id: 'precious-metals-import-control-act', reviewDays: 4, kind: 'issue', word: 'Акт' },
] as const;

for (const r of regulations) {
  describe(`${r.annex}-қосымша (Регламент): ${r.id}`, () => {
    const s = service(r.id);
    const c = s.cases[0];

    it(`1-т.: provided by the Committee for Industrial Development and Industrial Safety`, () => {
      expect(s.provider.name.kk).toContain('Индустриялық даму және өнеркәсіптік қауіпсіздік комитеті');
      expect(s.provider.source).toBe(`${r.annex}-қосымша (Регламент), 1-т.`);
    });
    it('2-т.: electronic (partially automated) and/or paper', () => {
      expect(s.form.automation).toBe('partial');
      expect(s.form.text).toBe('электронды (жекелеген автоматтандырылған) және (немесе) қағаз түрінде');
      expect(s.channels.map((ch) => ch.kind).sort()).toEqual(['egov-portal', 'provider-office']);
    });
    it(`3-т.: the result is the ${r.word.toLowerCase()}`, () => {
      expect(s.cases).toHaveLength(1);
      expect(c?.kind).toBe(r.kind);
      expect(s.results[0]?.name.kk).toMatch(
        r.annex <= 1 ? /анықтама$/ : r.annex <= 3 ? /қорытынды$/ : /актісі$/,
      );
    });
    it(`5-т. 4): the responsible executor reviews within ${r.reviewDays} calendar days`, () => {
      expect(c?.deadline?.amount).toBe(r.reviewDays);
      expect(c?.deadline?.unit).toBe('calendar_days');
      const review = step(r.id, 'office-paper', '5-т. 4)');
      expect(review.role).toBe('executor');
      expect(review.duration).toMatchObject({ amount: r.reviewDays, unit: 'calendar_days' });
    });
    it('5-т. 1): the office clerk registers a paper application within fifteen minutes', () => {
      const first = step(r.id, 'office-paper', '5-т. 1)');
      expect(first.role).toBe('office-clerk');
      expect(first.duration).toMatchObject({ amount: 15, unit: 'minutes' });
    });
    it('5-т. 2): processing and sending to the portal takes one hour', () => {
      expect(step(r.id, 'office-paper', '5-т. 2)').duration).toMatchObject({ amount: 1, unit: 'hours' });
    });
    it('5-т. 3): the management assigns the executor within two hours', () => {
      const s3 = step(r.id, 'office-paper', '5-т. 3)');
      expect(s3.role).toBe('head');
      expect(s3.duration).toMatchObject({ amount: 2, unit: 'hours' });
    });
    it('5-т. 5)–8): preparing, signing (unit head), registering and handing over take one hour each', () => {
      for (const n of [5, 6, 7, 8]) {
        expect(step(r.id, 'office-paper', `5-т. ${n})`).duration).toMatchObject({ amount: 1, unit: 'hours' });
      }
      expect(step(r.id, 'office-paper', '5-т. 6)').role).toBe('unit-head');
    });
    it('5-т.: eight procedures for a paper application; 3)–8) for a portal application', () => {
      expect(processOf(r.id, 'office-paper').steps).toHaveLength(8);
      expect(processOf(r.id, 'portal-review').steps).toHaveLength(6);
    });
    it('7-т.: four structural units take part', () => {
      expect(processOf(r.id, 'office-paper').participants).toHaveLength(4);
    });
    it('9-т. 1): nine procedures and three conditions in "Е-лицензиялау" МД АЖ', () => {
      const p = processOf(r.id, 'office-elicense');
      expect(p.steps).toHaveLength(12);
      expect(p.steps.filter((x) => x.label?.endsWith('-шарт'))).toHaveLength(3);
      expect(step(r.id, 'office-elicense', '2-шарт').branches[0]).toMatchObject({
        condition: 'state-db-missing',
        next: 'r5',
      });
    });
    it('9-т. 2): portal registration plus nine procedures and three conditions; 2-шарт EDS check → 5-рәсім', () => {
      expect(processOf(r.id, 'portal-applicant').steps).toHaveLength(13);
      const eds = step(r.id, 'portal-applicant', '2-шарт');
      expect(eds.branches[0]).toMatchObject({ condition: 'invalid-eds', next: 'a5' });
      expect(step(r.id, 'portal-applicant', '3-шарт').branches[0]?.condition).toBe('requirements-not-met');
    });
    it('9-т.: two refusal grounds (EDS not confirmed; requirements not met), none for incompleteness', () => {
      expect(s.refusalGrounds.map((g) => g.id).sort()).toEqual(['eds-not-confirmed', 'requirements-not-met']);
      expect(s.refusalGrounds.some((g) => g.kind === 'incomplete')).toBe(false);
    });
    it('the regulation is silent on fee, appeal, hearing and schedules', () => {
      expect(c?.fee).toBeNull();
      expect(s.appeal).toBeNull();
      expect(s.hearing).toBeNull();
      expect(s.schedules).toEqual([]);
    });
    it('order 5-т. and Ескерту: validity estimated 2015-07-30 … 2020-09-18', () => {
      expect(s.validFrom).toBe('2015-07-30');
      expect(s.validTo).toBe('2020-09-18');
      expect(s.validityEstimated).toBe(true);
    });
  });
}

describe('service-specific wording', () => {
  it('1-қосымша 1-т.: special registration of legal entities and individual entrepreneurs', () => {
    expect(service('precious-metals-special-registration-certificate').applicantTypes).toEqual([
      'legal-entity',
      'entrepreneur',
    ]);
  });
  it('4-қосымша 3-т.: act of state control AND valuation (export)', () => {
    expect(service('precious-metals-export-control-act').results[0]?.name.kk).toContain(
      'мемлекеттік бақылау және құнын бағалау актісі',
    );
  });
  it('5-қосымша 3-т.: act of state control (import), no valuation', () => {
    const name = service('precious-metals-import-control-act').results[0]?.name.kk ?? '';
    expect(name).toContain('мемлекеттік бақылау актісі');
    expect(name).not.toContain('құнын бағалау');
  });
});
