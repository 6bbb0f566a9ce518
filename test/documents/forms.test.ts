/**
 * The paper application form (seed 004 annex 2) and the qualification-requirements information
 * (seed 000 annex 1) as documents: the catalog's labels filled from the application's form, a
 * blank where nothing was given; recorded (migration 0007 widens the kind check) and verified.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { SimulatedClock } from '../../src/cases/clock.ts';
import type { ApplicationState } from '../../src/cases/model.ts';
import { documentContent, filledFormFields } from '../../src/documents/content.ts';
import { storePartySources } from '../../src/documents/parties.ts';
import { documentsOfPermit, issueDocument, verifyDocument } from '../../src/documents/service.ts';
import { runScenario } from '../../src/demo/scenario.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';
import { DEMO_PROVIDER_BIN } from '../../src/signature/service.ts';
import { freshPlace, type Place } from '../store/fixture.ts';

const FLAG = 'state-flag-emblem-manufacturing-license';
const KNB = 'ors-special-technical-means-license';
const links = { publicBaseUrl: 'https://ruqsat.example/' };

let place: Place;
let platform: Platform;
let clock: SimulatedClock;
let issued: ApplicationState;

const serviceAt = (id: string) =>
  platform.catalog.resolve(id, '2025-06-02', { acceptRepealed: true }).service;

beforeAll(async () => {
  place = await freshPlace('embedded');
  clock = new SimulatedClock(new Date('2025-06-02T10:00:00+05:00'));
  platform = await openPlatform({ clock, ...place.options });
  const entry = platform.catalog.resolve(FLAG, '2025-06-02', { acceptRepealed: true });
  const a = await runScenario(platform, clock, entry, 'issue', 'form-issue-1');
  if (!a.reached) throw new Error(`scenario: ${JSON.stringify(a)}`);
  issued = await platform.engine.get('form-issue-1');
}, 120_000);
afterAll(async () => {
  await platform?.close();
  await place?.cleanup();
});

describe('forms as documents', () => {
  it('fills the application form of seed 004 annex 2 from the application', () => {
    const state: ApplicationState = {
      ...issued,
      form: {
        'legal-entity': { 'le-licensor': 'ҚР ҰҚК', 'le-name-bin': 'ЖШС «Қорған», 000740001307' },
        'le-attachments': ['жарғы', 'төлем түбіртегі'],
      },
    };
    const built = documentContent(state, serviceAt(KNB), 'application-form', 'kk', links);
    if (!built.ok) throw new Error(built.reason);
    expect(built.content.title).toMatch(/^ӨТІНІШ \(2-қосымша/);
    expect(built.content.fields).toEqual(
      expect.arrayContaining([
        { label: 'Нысан: заңды тұлғаның өтініші', value: '' },
        { label: 'лицензиардың толық атауы', value: 'ҚР ҰҚК' },
        { label: 'заңды тұлғаның толық атауы, БСН деректемелері', value: 'ЖШС «Қорған», 000740001307' },
        { label: 'Банк шоты (шот нөмірі, банктің атауы және орналасқан жері)', value: '____________' },
      ]),
    );
    expect(built.content.fields.map((f) => f.value)).toContain(state.applicant.name);
    expect(built.content.paragraphs[0]?.text).toMatch(/2-қосымша/);
    // The flag service's form is qualification information, not an application form.
    const none = documentContent(state, serviceAt(FLAG), 'application-form', 'kk', links);
    expect(none).toMatchObject({ ok: false, code: 'document.not_available' });
  });

  it('numbers the entries of a repeatable group and writes booleans in the language', () => {
    const fields = [
      {
        id: 'docs',
        label: 'Құжаттар',
        type: 'group' as const,
        required: true,
        repeatable: true,
        fields: [{ id: 'name', label: 'атауы', type: 'text' as const, required: true, repeatable: false }],
      },
      { id: 'own', label: 'Меншік', type: 'boolean' as const, required: true, repeatable: false },
    ];
    expect(
      filledFormFields(fields, { docs: [{ name: 'ҚР СТ 1' }, { name: 'ҚР СТ 2' }], own: true }, 'ru'),
    ).toEqual([
      { label: 'Құжаттар (1)', value: '' },
      // A label with a Russian translation (form-labels-ru.json) prints in Russian; others in Kazakh.
      { label: 'наименование', value: 'ҚР СТ 1' },
      { label: 'Құжаттар (2)', value: '' },
      { label: 'наименование', value: 'ҚР СТ 2' },
      { label: 'Меншік', value: 'да' },
    ]);
  });

  it('renders, signs and records the qualification information of seed 000 annex 1', async () => {
    const pki = platform.pki;
    if (pki === null) throw new Error('no PKI');
    const key = await pki.keyFor({ iin: '750101300012', bin: DEMO_PROVIDER_BIN, role: 'official' });
    const { pdf, record } = await issueDocument({
      store: platform.store,
      catalog: platform.catalog,
      applicationId: issued.id,
      kind: 'qualification-info',
      lang: 'kk',
      key,
      now: clock.now(),
      links,
      parties: storePartySources(platform.store, platform.simulators.stateDatabases),
    });
    expect(record.kind).toBe('qualification-info');
    const doc = await getDocumentProxy(pdf.slice());
    const text = (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(text).toContain('біліктілік талаптарға сәйкестігі туралы мәліметтер');
    expect(text).toContain('Стандарттау жөніндегі құжаттардың болуы');
    expect(text).toContain(issued.applicant.name);
    const v = await verifyDocument(platform.store, pdf, {
      trust: pki.trust,
      revocation: pki.ocsp,
      now: clock.now(),
    });
    expect(v).toMatchObject({ valid: true, code: 'ok', document: { kind: 'qualification-info' } });
    const permit = issued.issued?.permitNumber ?? '';
    expect((await documentsOfPermit(platform.store, permit)).map((d) => d.kind)).toContain(
      'qualification-info',
    );
  }, 60_000);
});
