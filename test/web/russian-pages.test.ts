/**
 * Issue 16: the Russian pages are Russian, the English ones English. The service page and the
 * application wizard are rendered in the browser from the public API's JSON, so this reads that
 * JSON (GET /api/v1/services and /api/v1/services/:id for every version) and picks each catalog
 * text the pages show as they do (`pick`, src/catalog/local-text.ts `sourceIn` for "основание:"):
 * titles, provider, description, case titles and the grounds a reissue or duplicate declares, results, documents, refusal grounds and their
 * paragraphs, step short labels. In Russian no Kazakh-only letter (ә ғ қ ң ө ұ ү һ і) may remain,
 * in English no Cyrillic, outside «quoted» act text; the act's own title is shown as it is named.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sourceIn, textIn, type TextLang } from '../../src/catalog/local-text.ts';
import { loadCatalog } from '../../src/catalog/files.ts';
import type { Text } from '../../src/catalog/schema.ts';
import { buildApp } from '../../src/server/app.ts';

const { catalog } = loadCatalog();
const app = buildApp({ catalog, today: () => '2026-11-23', acceptRepealed: true });
afterAll(() => app.close());

/** The acts whose services are translated: all five seeds. */
const SCOPE = ['000', '001', '002', '003', '004'];
const versions = catalog
  .list()
  .filter(({ act }) => SCOPE.includes(act.id))
  .map(({ service }) => [`${service.id} v${service.version}`, service.id, service.validFrom] as const);

const foreign: Record<'ru' | 'en', RegExp> = { ru: /[әғқңөұүһі]/iu, en: /[а-яёәғқңөұүһі]/iu };
const unquoted = (s: string) => s.replace(/«[^»]*»/gu, '').replace(/"[^"]*"/gu, '');

interface View {
  title: Text;
  provider: Text;
  description: Text | null;
  cases: {
    id: string;
    title: Text;
    steps: { id: string; short: Record<TextLang, string> | null }[];
  }[];
  results: { id: string; kind: string; name: Text; source: string }[];
  documents: { id: string; name: Text; source: string }[];
  refusalGrounds: { id: string; text: Text; source: string }[];
}

/** Every catalog text the service page and the wizard show, as the page picks it. */
function shown(v: View, lang: 'ru' | 'en'): [string, string][] {
  return [
    ['title', textIn(v.title, lang)],
    ['provider', textIn(v.provider, lang)],
    ...(v.description === null ? [] : [['description', textIn(v.description, lang)] as [string, string]]),
    ...v.cases.flatMap((c) => [
      [`case ${c.id}`, textIn(c.title, lang)] as [string, string],
      ...c.steps.map(
        (s) => [`case ${c.id} step ${s.id}`, s.short?.[lang] ?? '(no short label)'] as [string, string],
      ),
    ]),
    ...v.results.flatMap((r) => [
      [`result ${r.id}`, textIn(r.name, lang)] as [string, string],
      [`result ${r.id} source`, sourceIn(r.source, lang)] as [string, string],
    ]),
    ...v.documents.flatMap((d) => [
      [`document ${d.id}`, textIn(d.name, lang)] as [string, string],
      [`document ${d.id} source`, sourceIn(d.source, lang)] as [string, string],
    ]),
    ...v.refusalGrounds.flatMap((g) => [
      [`ground ${g.id}`, textIn(g.text, lang)] as [string, string],
      [`ground ${g.id} source`, sourceIn(g.source, lang)] as [string, string],
    ]),
  ];
}

describe.each(['ru', 'en'] as const)('the %s pages', (lang) => {
  it.each(versions)('%s: no text in another language', async (_, id, on) => {
    const res = await app.inject(`/api/v1/services/${id}?on=${on}`);
    expect(res.statusCode, res.body).toBe(200);
    // The wizard's case step shows the ground a reissue or duplicate declares, as the passport
    // passes it through from the catalog (src/catalog/passport.ts).
    const service = catalog.versions(id).find((e) => e.service.validFrom === on)?.service;
    const grounds = (service?.cases ?? []).flatMap(({ id: caseId, ground }) =>
      ground === null
        ? []
        : [
            [`case ${caseId} ground`, textIn(ground.text, lang)] as [string, string],
            [`case ${caseId} ground source`, sourceIn(ground.source, lang)] as [string, string],
          ],
    );
    const offending = [...shown(res.json<View>(), lang), ...grounds].filter(([, text]) =>
      foreign[lang].test(unquoted(text)),
    );
    expect(offending).toEqual([]);
  });

  it('the catalog list: titles and providers', async () => {
    const list = (await app.inject('/api/v1/services')).json<{ id: string; title: Text; provider: Text }[]>();
    const inScope = new Set(versions.map(([, id]) => id));
    const offending = list
      .filter((s) => inScope.has(s.id))
      .flatMap((s) => [textIn(s.title, lang), textIn(s.provider, lang)])
      .filter((t) => foreign[lang].test(unquoted(t)));
    expect(offending).toEqual([]);
  });
});

it('"основание: …" cites the paragraph in Russian form', () => {
  expect(sourceIn('11-т.; 2-қосымша, 9-жол 1) тармақша', 'ru')).toBe(
    'п. 11; приложение 2, строка 9 подпункт 1)',
  );
  expect(sourceIn('Регламенттің 1-қосымшасы, 1-кесте, 2-іс-қимыл', 'en')).toBe(
    'Annex 1 to the Regulation, table 1, action 2',
  );
  expect(sourceIn('12-т.', 'kk')).toBe('12-т.');
});
