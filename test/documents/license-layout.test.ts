/**
 * The licence laid out as the licence form has it (license-form.json): the state emblem, the
 * licensee from the state database (its Russian name and address in Russian), the licensed
 * activity from the catalog rather than the service title, the licensor, the signing official by
 * name and position, the place of issue, the first issue date of a reissue or a duplicate, and
 * the note that the electronic document equals the paper one. The receipt names who received the
 * application, never "system"; the QR link follows the port the server listens on. Every kind
 * (and the reissued and duplicate licence) is written to reports/documents as PDF, and each page
 * as PNG where `pdftoppm` (poppler-utils) is installed, to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { SimulatedClock } from '../../src/cases/clock.ts';
import type { ApplicationState } from '../../src/cases/model.ts';
import { readConfig } from '../../src/config.ts';
import {
  documentContent,
  documentKinds,
  formatDate,
  type DocumentLang,
} from '../../src/documents/content.ts';
import licenseForm from '../../src/documents/license-form.json' with { type: 'json' };
import { documentParties, storePartySources } from '../../src/documents/parties.ts';
import { renderPdf } from '../../src/documents/pdf.ts';
import { issueDocument, serviceOf } from '../../src/documents/service.ts';
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

const has = (tool: string, arg: string) => {
  try {
    execFileSync(tool, [arg], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const pdftoppm = has('pdftoppm', '-v');
const pdftotext = has('pdftotext', '-v');
if (!pdftoppm) console.warn('pdftoppm (poppler-utils) is not installed: no PNGs in reports/documents');
if (!pdftotext) console.warn('pdftotext (poppler-utils) is not installed: the pdftotext checks are skipped');

/** The PDF's text as `pdftotext` reads it (what an official copying it would get). */
function popplerText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
}

/** Writes the PDF and, where pdftoppm is installed, one PNG per page into reports/documents. */
function keep(name: string, pdf: Uint8Array): void {
  mkdirSync(REPORTS, { recursive: true });
  for (const f of readdirSync(REPORTS))
    if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(REPORTS, f));
  const file = join(REPORTS, name);
  writeFileSync(`${file}.pdf`, pdf);
  if (pdftoppm) execFileSync('pdftoppm', ['-png', '-r', '72', `${file}.pdf`, file]);
}

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

const links = { publicBaseUrl: 'http://localhost:4123' };

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
    // The default public URL of a server on PORT=4123 (src/config.ts): the QR code follows the port.
    links: { publicBaseUrl: readConfig({ PORT: '4123' }).settings.publicBaseUrl },
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
      expect(text).not.toContain(lang === 'ru' ? company.name.kk : company.name.ru);
      // The address as the state database keeps it in the document's language.
      const address = lang === 'ru' ? (company.addressRu ?? '?') : company.address;
      expect(squeezed(text)).toContain(squeezed(address));
      if (lang === 'ru') expect(squeezed(text)).not.toContain(squeezed(company.address));
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
      expect(apps.issued.channel).toBe('egov-portal');
      expect(text).not.toContain('system');
      expect(text).toContain(
        lang === 'kk' ? '«Электрондық үкімет» веб-порталы' : 'Веб-портал «электронного правительства»',
      );
      expect(text).toContain('www.egov.kz');
    },
  );

  it.each(['kk', 'ru'] as const)(
    '%s: the receipt and inventory of a counter filing name the clerk who received it',
    async (lang) => {
      // The KNB application as filed at the provider's office and registered by its clerk.
      const registration = apps.knb.registration;
      if (registration === null) throw new Error('fixture');
      const state: ApplicationState = {
        ...apps.knb,
        channel: 'provider-office',
        registration: { ...registration, official: 'demo-office-clerk' },
      };
      const parties = await documentParties(
        storePartySources(platform.store, platform.simulators.stateDatabases),
        state,
      );
      for (const kind of ['receipt', 'inventory'] as const) {
        const built = documentContent(state, serviceOf(platform.catalog, state), kind, lang, links, parties);
        if (!built.ok) throw new Error(built.reason);
        const pdf = await renderPdf(built.content, { now: clock.now(), signedBy: null });
        keep(`${kind}-counter-${lang}`, pdf);
        const text = await textOf(pdf);
        expect(text).toContain('Ахметова Динара Ерланқызы');
        expect(text).toContain(lang === 'kk' ? 'Кеңсе қызметкері' : 'Сотрудник канцелярии');
        expect(text).not.toContain('system');
        expect(text).not.toContain('demo-office-clerk');
        expect(text).not.toContain(lang === 'kk' ? 'портал' : 'портал');
      }
    },
  );

  it.runIf(pdftotext).each(['kk', 'ru'] as const)(
    '%s: pdftotext reads every field of the form: title, date, number, licensee, BIN, address, activity, licensor, signer, term, place, the EDS note, the link',
    async (lang) => {
      const state = apps.issued;
      const permit = state.issued?.permitNumber ?? '?';
      const text = squeezed(popplerText((await render(state.id, 'license', lang)).pdf));
      const f = licenseForm.fields;
      expect(text).toContain('ЛИЦЕНЗИЯ');
      expect(text).toContain(squeezed(`${formatDate(state.issued?.at)} ${lang === 'kk' ? 'жылғы' : 'года'}`));
      expect(text).toContain(squeezed(`№ ${permit}`));
      for (const field of [
        f.holder,
        f.holderId,
        f.address,
        f.activity,
        f.licensor,
        f.signer,
        f.validity,
        f.place,
      ])
        expect(text).toContain(squeezed(field[lang]));
      expect(text).toContain(state.applicant.id);
      expect(text).toContain(squeezed(licenseForm.electronicEqualsPaper[lang]));
      expect(text).toContain(`http://localhost:4123/p/${permit}`);
    },
  );
});

describe('the reissued and the duplicate licence', () => {
  /** The issued application as a reissue or duplicate of it would read (pure rendering). */
  const variant = async (caseKind: 'reissue' | 'duplicate', lang: DocumentLang) => {
    const issued = apps.issued;
    const at = '2025-09-15T06:00:00.000Z';
    const state: ApplicationState = {
      ...issued,
      caseKind,
      issued:
        issued.issued === null
          ? null
          : {
              ...issued.issued,
              at,
              permitNumber:
                caseKind === 'reissue' ? `${issued.issued.permitNumber}-R` : issued.issued.permitNumber,
            },
    };
    const parties = await documentParties(
      storePartySources(platform.store, platform.simulators.stateDatabases),
      issued,
    );
    const built = documentContent(
      state,
      serviceOf(platform.catalog, state),
      'license',
      lang,
      { publicBaseUrl: 'http://localhost:4123' },
      { ...parties, firstIssuedAt: issued.issued?.at ?? null },
    );
    if (!built.ok) throw new Error(built.reason);
    return renderPdf(built.content, { now: new Date(at), signedBy: 'Әбенов Дәурен Асқарұлы, Басшы' });
  };

  it.each(['kk', 'ru'] as const)('%s: a reissue prints the first issue date', async (lang) => {
    const pdf = await variant('reissue', lang);
    keep(`license-reissue-${lang}`, pdf);
    const text = await textOf(pdf);
    expect(text).toContain(`${licenseForm.fields.firstIssued[lang]}`);
    expect(text).toContain(formatDate(apps.issued.issued?.at));
    expect(text).toContain('15.09.2025');
    expect(text).not.toContain(lang === 'kk' ? 'ТЕЛНҰСҚА' : 'ДУБЛИКАТ');
  });

  it.each(['kk', 'ru'] as const)(
    '%s: a duplicate is marked as one, with the first issue date',
    async (lang) => {
      const pdf = await variant('duplicate', lang);
      keep(`license-duplicate-${lang}`, pdf);
      const text = await textOf(pdf);
      expect(text).toContain(lang === 'kk' ? 'ТЕЛНҰСҚА' : 'ДУБЛИКАТ');
      expect(text).toContain(licenseForm.fields.firstIssued[lang]);
      expect(text).toContain(formatDate(apps.issued.issued?.at));
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
  it.each(documentKinds.flatMap((k) => (['kk', 'ru'] as const).map((lang) => [k, lang] as const)))(
    '%s (%s) renders',
    async (kind, lang) => {
      const { pdf } = await render(apps[sources[kind]].id, kind, lang);
      expect(await textOf(pdf)).toContain(apps[sources[kind]].applicant.id);
      keep(`${kind}-${lang}`, pdf);
    },
  );
});
