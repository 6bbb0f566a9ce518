/**
 * The paper application form (seed 004 annex 2) and the qualification-requirements information
 * (seed 000 annex 1) with docLang=ru: every label of every catalog form has a Russian label
 * (Ruqsat's translation: the seeds are Kazakh), and the document says the labels are translated.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/files.ts';
import type { ApplicationState } from '../../src/cases/model.ts';
import { documentContent, formLabel } from '../../src/documents/content.ts';

const { catalog } = loadCatalog();
const links = { publicBaseUrl: 'https://ruqsat.example/' };
const serviceAt = (id: string) => catalog.resolve(id, '2025-06-02', { acceptRepealed: true }).service;

type Field = { label: string; fields?: Field[] };
const labelsOf = (fields: readonly Field[]): string[] =>
  fields.flatMap((f) => [f.label, ...labelsOf(f.fields ?? [])]);

const state = (form: Record<string, unknown>): ApplicationState =>
  ({
    id: 'app-ru',
    serviceId: 'x',
    applicant: { id: '900101300011', type: 'legal-entity', name: 'ТОО «Қорған»' },
    registration: { inboundNumber: '2025-000001', registeredAt: '2025-06-02T05:00:00.000Z' },
    form,
  }) as unknown as ApplicationState;

describe('forms in Russian', () => {
  it('every label and title of every catalog form has a Russian label (Cyrillic, no Kazakh letters)', () => {
    const missing: string[] = [];
    for (const { service } of catalog.list()) {
      const form = service.qualificationForm;
      if (form === null) continue;
      for (const label of [form.title, ...labelsOf(form.fields)]) {
        const ru = formLabel(label, 'ru');
        if (ru === label && /[әғқңөұүһі]/iu.test(label)) missing.push(`${service.id}: ${label}`);
        expect(ru).not.toMatch(/[әғқңөұүһі]/iu);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the application form of seed 004 annex 2 in Russian, with the note that the labels are translated', () => {
    const built = documentContent(
      state({ 'legal-entity': { 'le-licensor': 'КНБ РК', 'le-name-bin': 'ТОО «Қорған», 000740001307' } }),
      serviceAt('ors-special-technical-means-license'),
      'application-form',
      'ru',
      links,
    );
    if (!built.ok) throw new Error(built.reason);
    expect(built.content.title).toBe(
      'ЗАЯВЛЕНИЕ (приложение 2, установленная форма: для юридического лица и для физического лица)',
    );
    expect(built.content.fields).toEqual(
      expect.arrayContaining([
        { label: 'Форма: заявление юридического лица', value: '' },
        { label: 'полное наименование лицензиара', value: 'КНБ РК' },
        {
          label: 'полное наименование юридического лица, реквизиты БИН',
          value: 'ТОО «Қорған», 000740001307',
        },
        { label: 'Документ, удостоверяющий личность', value: '' },
      ]),
    );
    expect(built.content.paragraphs.map((p) => p.text).join('\n')).toContain(
      'переведены с казахского текста нормативного акта',
    );
  });

  it('the qualification information of seed 000 annex 1 in Russian; in Kazakh unchanged', () => {
    const service = serviceAt('state-flag-emblem-manufacturing-license');
    const ru = documentContent(state({}), service, 'qualification-info', 'ru', links);
    const kk = documentContent(state({}), service, 'qualification-info', 'kk', links);
    if (!ru.ok || !kk.ok) throw new Error('no form');
    expect(ru.content.title).toMatch(/^Форма сведений о соответствии квалификационным требованиям/);
    expect(ru.content.fields.map((f) => f.label)).toContain('1. Наличие документов по стандартизации');
    expect(kk.content.fields.map((f) => f.label)).toContain('1. Стандарттау жөніндегі құжаттардың болуы');
    expect(kk.content.paragraphs.map((p) => p.text).join('\n')).not.toContain('переведены');
  });
});
