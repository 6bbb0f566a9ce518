/**
 * The licence laid out as the licence form has it (license-form.json): the licensee from the
 * state database (its Russian form in Russian), the licensed activity from the catalog rather
 * than the service title, the licensor, the signing official by name and position, the place of
 * issue and the note that the electronic document equals the paper one. The receipt names who
 * received the application, never "system". Every kind is also written to reports/documents as
 * PDF, and as PNG where `pdftoppm` (poppler-utils) is installed, to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { SimulatedClock } from '../../src/cases/clock.ts';
import type { ApplicationState } from '../../src/cases/model.ts';
import { documentKinds, type DocumentLang } from '../../src/documents/content.ts';
import licenseForm from '../../src/documents/license-form.json' with { type: 'json' };
import { storePartySources } from '../../src/documents/parties.ts';
import { issueDocument } from '../../src/documents/service.ts';
import { runScenario } from '../../src/demo/scenario.ts';
import { demoCompanies } from '../../src/integrations/index.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';
import { DEMO_PROVIDER_BIN } from '../../src/signature/service.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { freshPlace, type Place } from '../store/fixture.ts';

const FLAG = 'state-flag-emblem-manufacturing-license';
const KNB = 'ors-special-technical-means-license';
const REPORTS = join(import.meta.dirname, '../../reports/documents');

let place: Place;
let platform: Platform;
let clock: SimulatedClock;
const apps: Record<'issued' | 'refused' | 'knb', ApplicationState> = {} as never;

async function textOf(pdf: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(pdf.slice()), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}
/** Lines wrap anywhere in a PDF: compare without the spaces. */
const squeezed = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  place = await freshPlace('embedded');
  clock = new SimulatedClock(new Date('2025-06-02T10:00:00+05:00'));
  platform = await openPlatform({ clock, ...place.options });
  // The scenario's officials (`demo-<role>`) as accounts with names, as `npm start` seeds its own.
  const pool = pgStoreOf(platform.store).pool;
  for (const [role, name] of [
    ['other', 'Әбенов Дәурен Асқарұлы'],
    ['head', 'Әбенов Дәурен Асқарұлы'],
    ['executor', 'Сәрсенбаев Нұрлан Бекұлы'],
    ['office-clerk', 'Ахметова Динара Ерланқызы'],
  ])
    await pool.query(
      `INSERT INTO officials (login, name, role, provider_id, password_hash) VALUES ($1, $2, $3, 'mti-ktrm', 'scrypt$x')`,
      [`demo-${role}`, name, role],
    );
  const at = (id: string) => platform.catalog.resolve(id, '2025-06-02', { acceptRepealed: true });
  for (const [key, id, outcome] of [
    ['issued', FLAG, 'issue'],
    ['refused', FLAG, 'refuse-after-hearing'],
    ['knb', KNB, 'issue'],
  ] as const) {
    clock.rewind(new Date('2025-06-02T10:00:00+05:00'));
    const r = await runScenario(platform, clock, at(id), outcome, `layout-${key}`);
    if (!r.applicable) throw new Error(`scenario ${key}: ${JSON.stringify(r)}`);
    apps[key] = await platform.engine.get(`layout-${key}`);
  }
}, 180_000);
afterAll(async () => {
  await platform?.close();
  await place?.cleanup();
});

const render = async (applicationId: string, kind: (typeof documentKinds)[number], lang: DocumentLang) => {
  const pki = platform.pki;
  if (pki === null) throw new Error('no PKI');
  return issueDocument({
    store: platform.store,
    catalog: platform.catalog,
    applicationId,
    kind,
    lang,
    key: await pki.keyFor({ iin: '750101300012', bin: DEMO_PROVIDER_BIN, role: 'official' }),
    now: clock.now(),
    links: { publicBaseUrl: 'http://localhost:4123' },
    parties: storePartySources(platform.store, platform.simulators.stateDatabases),
  });
};

describe('the licence as the licence form lays it out', () => {
  it.each(['kk', 'ru'] as const)(
    '%s: licensee from the state database, activity, licensor, signer, place',
    async (lang) => {
      const state = apps.issued;
      const { service } = platform.catalog.resolve(FLAG, '2025-06-02', { acceptRepealed: true });
      const company = demoCompanies.find((c) => c.bin === state.applicant.id);
      if (company === undefined || service.licensedActivity === null) throw new Error('fixture');
      const text = await textOf((await render(state.id, 'license', lang)).pdf);
      expect(text).toContain(lang === 'ru' ? 'ТОО «Туган Жер Баспа»' : company.name.kk);
      expect(squeezed(text)).toContain(squeezed(company.address));
      expect(squeezed(text)).toContain(squeezed(service.licensedActivity.name[lang] ?? '?'));
      // The activity, not the service's title ("… лицензия беру" / "Выдача лицензии …").
      expect(squeezed(text)).not.toContain(squeezed(service.title[lang] ?? '?'));
      expect(squeezed(text)).toContain(squeezed(service.provider.name[lang] ?? '?'));
      expect(text).toContain('Әбенов Дәурен Асқарұлы');
      expect(text).toContain(lang === 'kk' ? 'Басшы' : 'Руководитель');
      expect(text).toContain(lang === 'kk' ? 'Астана қ.' : 'г. Астана');
      expect(squeezed(text)).toContain(squeezed(licenseForm.electronicEqualsPaper[lang]));
      expect(text).toContain(`http://localhost:4123/p/${state.issued?.permitNumber ?? '?'}`);
    },
  );

  it.each(['kk', 'ru'] as const)(
    '%s: the receipt of a portal registration names the portal, not "system"',
    async (lang) => {
      const text = await textOf((await render(apps.issued.id, 'receipt', lang)).pdf);
      expect(apps.issued.registration?.official).toBe('system');
      expect(text).not.toContain('system');
      expect(text).toContain(
        lang === 'kk' ? '«Электрондық үкімет» веб-порталы' : 'Веб-портал «электронного правительства»',
      );
    },
  );
});

describe('every document kind, in both languages, to reports/documents', () => {
  const sources: Record<(typeof documentKinds)[number], keyof typeof apps> = {
    license: 'issued',
    appendix: 'knb',
    refusal: 'refused',
    'preliminary-decision': 'refused',
    receipt: 'issued',
    'application-form': 'knb',
    'qualification-info': 'issued',
    inventory: 'knb',
  };
  const pdftoppm = (() => {
    try {
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.each(documentKinds.flatMap((k) => (['kk', 'ru'] as const).map((lang) => [k, lang] as const)))(
    '%s (%s) renders',
    async (kind, lang) => {
      const { pdf } = await render(apps[sources[kind]].id, kind, lang);
      expect(await textOf(pdf)).toContain(apps[sources[kind]].applicant.id);
      mkdirSync(REPORTS, { recursive: true });
      const file = join(REPORTS, `${kind}-${lang}`);
      writeFileSync(`${file}.pdf`, pdf);
      if (pdftoppm) execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', `${file}.pdf`, file]);
    },
  );
});
