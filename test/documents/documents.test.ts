/**
 * Each document renders as a PDF (Kazakh and Russian) whose text holds the applicant's name, the
 * number and the dates; its signature verifies; a tampered copy does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { SimulatedClock } from '../../src/cases/clock.ts';
import type { ApplicationState } from '../../src/cases/model.ts';
import { formatDate, type DocumentKind, type DocumentLang } from '../../src/documents/content.ts';
import {
  documentsOfPermit,
  issueDocument,
  parseDocumentKind,
  verifyAgainst,
  verifyDocument,
} from '../../src/documents/service.ts';
import { statusNotification } from '../../src/documents/notification-templates.ts';

const title = { kk: 'Лицензия беру', ru: 'Выдача лицензии' };
import { storePartySources } from '../../src/documents/parties.ts';
import { renderPdf } from '../../src/documents/pdf.ts';
import { runScenario } from '../../src/demo/scenario.ts';
import { demoCompanies } from '../../src/integrations/index.ts';
import { openPlatform, type Platform } from '../../src/platform.ts';
import { DEMO_PROVIDER_BIN } from '../../src/signature/service.ts';
import type { SigningKey } from '../../src/signature/sign.ts';
import { freshPlace, kinds, type Place } from '../store/fixture.ts';

const FLAG = 'state-flag-emblem-manufacturing-license';
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

async function textOf(pdf: Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(pdf.slice());
  const { text } = await extractText(doc, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** Documents name the holder as the state database does: in Russian, its Russian form. */
const holderName = (state: ApplicationState, lang: DocumentLang) =>
  lang === 'ru'
    ? (demoCompanies.find((c) => c.bin === state.applicant.id)?.name.ru ?? state.applicant.name)
    : state.applicant.name;

describe.each(kinds)('%s store: documents', (kind) => {
  let place: Place;
  let platform: Platform;
  let clock: SimulatedClock;
  let key: SigningKey;
  let issued: ApplicationState;
  let refused: ApplicationState;
  const links = { publicBaseUrl: 'https://ruqsat.example/' };
  const verifyOptions = () => {
    const pki = platform.pki;
    if (pki === null) throw new Error('no PKI');
    return { trust: pki.trust, revocation: pki.ocsp, now: clock.now() };
  };

  beforeAll(async () => {
    place = await freshPlace(kind);
    clock = new SimulatedClock(new Date('2025-06-02T10:00:00+05:00'));
    platform = await openPlatform({ clock, ...place.options });
    const entry = platform.catalog.resolve(FLAG, '2025-06-02', { acceptRepealed: true });
    const a = await runScenario(platform, clock, entry, 'issue', 'doc-issue-1');
    clock.rewind(new Date('2025-06-02T10:00:00+05:00'));
    const b = await runScenario(platform, clock, entry, 'refuse-after-hearing', 'doc-refuse-1');
    if (!a.reached || !b.applicable) throw new Error(`scenarios: ${JSON.stringify([a, b])}`);
    issued = await platform.engine.get('doc-issue-1');
    refused = await platform.engine.get('doc-refuse-1');
    const pki = platform.pki;
    if (pki === null) throw new Error('no PKI');
    key = await pki.keyFor({ iin: '750101300012', bin: DEMO_PROVIDER_BIN, role: 'official' });
  }, 120_000);
  afterAll(async () => {
    await platform?.close();
    await place?.cleanup();
  });

  const render = (applicationId: string, k: DocumentKind, lang: DocumentLang = 'kk') =>
    issueDocument({
      store: platform.store,
      catalog: platform.catalog,
      applicationId,
      kind: k,
      lang,
      key,
      now: clock.now(),
      links,
      parties: storePartySources(platform.store, platform.simulators.stateDatabases),
    });

  it.each(['kk', 'ru'] as const)(
    'license (%s): name, permit number, dates, QR link; signature verifies',
    async (lang) => {
      const { pdf, record } = await render(issued.id, 'license', lang);
      expect(new TextDecoder('latin1').decode(pdf.slice(0, 5))).toBe('%PDF-');
      const text = await textOf(pdf);
      const permit = issued.issued?.permitNumber ?? '';
      expect(text).toContain(holderName(issued, lang));
      expect(text).toContain(permit);
      expect(text).toContain(formatDate(issued.issued?.at));
      expect(text).toContain(`ruqsat.example/p/${permit}`);
      expect(text).toContain(lang === 'kk' ? 'ЛИЦЕНЗИЯ' : 'Срок действия');
      const v = await verifyDocument(platform.store, pdf, verifyOptions());
      expect(v).toMatchObject({ valid: true, code: 'ok', document: { id: record.id, kind: 'license' } });
      expect(v.signer?.subject).toContain('IIN750101300012');
      expect((await documentsOfPermit(platform.store, permit)).map((d) => d.id)).toContain(record.id);
    },
  );

  it('embeds a font with every Kazakh letter (the text extracted gives them back)', async () => {
    const { pdf } = await render(refused.id, 'refusal', 'kk');
    expect(new TextDecoder('latin1').decode(pdf)).toContain('/FontFile2');
    const all = [...KAZAKH_LETTERS, ...KAZAKH_LETTERS.map((l) => l.toUpperCase())].join(' ');
    const sample = await renderPdf(
      {
        kind: 'receipt',
        lang: 'kk',
        issuer: 'Әкімдік',
        title: 'ТАЛОН',
        number: '1',
        fields: [],
        paragraphs: [{ text: all }],
        link: null,
      },
      { now: clock.now(), signedBy: null },
    );
    expect(await textOf(sample)).toContain(all);
  });

  it('appendix, receipt: numbers and dates', async () => {
    const appendix = await textOf((await render(issued.id, 'appendix')).pdf);
    expect(appendix).toContain(`${issued.issued?.permitNumber ?? '?'}`);
    expect(appendix).toContain(issued.applicant.name);
    const r = issued.registration;
    const receipt = await textOf((await render(issued.id, 'receipt', 'ru')).pdf);
    expect(receipt).toContain('ТАЛОН');
    expect(receipt).toContain(r?.inboundNumber ?? '?');
    expect(receipt).toContain(formatDate(r?.registeredAt));
    expect(receipt).toContain(formatDate(issued.deadline?.at));
    // A portal registration: the portal received it, no official ("system" is never printed).
    expect(r?.official).toBe('system');
    expect(receipt).toContain('Веб-портал «электронного правительства»');
  });

  it('refusal: grounds cited and how to appeal, with the terms from the catalog', async () => {
    const { service } = platform.catalog.resolve(FLAG, '2025-06-02', { acceptRepealed: true });
    const { pdf } = await render(refused.id, 'refusal', 'kk');
    const text = await textOf(pdf);
    expect(text).toContain(refused.applicant.name);
    expect(text).toContain(formatDate(refused.decision?.at));
    expect(text).toContain('Шағымдану тәртібі');
    expect(text).toContain(`${service.appeal?.reviewByProvider?.amount ?? '?'} жұмыс күні`);
    const ground = service.refusalGrounds.find((g) => g.id === refused.decision?.groundIds[0]);
    expect(text).toContain(ground?.source ?? '?');
    expect((await verifyDocument(platform.store, pdf, verifyOptions())).valid).toBe(true);
  });

  it('preliminary decision: the objection deadline', async () => {
    const { pdf } = await render(refused.id, 'preliminary-decision', 'ru');
    const text = await textOf(pdf);
    expect(text).toContain(holderName(refused, 'ru'));
    expect(text).toContain(formatDate(refused.preliminaryDecision?.objectionDue?.at));
    expect(text).toContain('Срок представления возражения');
  });

  it('a tampered PDF fails: unknown hash, and the recorded CMS does not cover the changed bytes', async () => {
    const { pdf, record } = await render(issued.id, 'license');
    const tampered = pdf.slice();
    const at = Math.floor(tampered.length / 2);
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    const unknown = await verifyDocument(platform.store, tampered, verifyOptions());
    expect(unknown).toMatchObject({ valid: false, code: 'document.unknown' });
    const against = await verifyAgainst(record, tampered, verifyOptions());
    expect(against).toMatchObject({ valid: false, code: 'signature.content_mismatch' });
  });

  it('refuses a document the application does not have, and an unknown kind', async () => {
    await expect(render(issued.id, 'refusal')).rejects.toMatchObject({ code: 'document.not_available' });
    await expect(render('no-such-application', 'receipt')).rejects.toMatchObject({ code: 'cases.not_found' });
    expect(() => parseDocumentKind('passport')).toThrow(
      expect.objectContaining({ code: 'document.invalid_kind' }),
    );
  });
});

describe('notification templates', () => {
  it('one text per status in kk, ru and en, with the number and the due date', () => {
    const statuses = [
      'draft',
      'submitted',
      'registered',
      'in-review',
      'approved',
      'refused',
      'signed',
      'issued',
      'delivered',
      'withdrawn',
    ] as const;
    for (const status of statuses) {
      const text = statusNotification(
        {
          id: 'a-1',
          status,
          registration: { inboundNumber: 'KZ-17' },
          deadline: { at: '2025-06-10T13:00:00.000Z' },
          issued: { permitNumber: 'KZ02FLG25000123' },
        } as unknown as ApplicationState,
        title,
      );
      for (const lang of ['kk', 'ru', 'en'] as const) expect(text[lang]).toContain('KZ-17');
      expect(text.ru).toContain('Услуга: «Выдача лицензии».');
    }
    const registered = statusNotification(
      {
        id: 'a',
        status: 'registered',
        registration: { inboundNumber: '5' },
        deadline: { at: '2025-06-10T13:00:00.000Z' },
      } as unknown as ApplicationState,
      title,
    );
    expect(registered.kk).toContain('10.06.2025');
  });

  it('seed 004 14-т. 2): the portal acknowledgement gives the date and the time of the result', () => {
    // 2025-06-10T13:00Z is 18:00 in Astana (UTC+5): the end of the working day the term ends on.
    const registered = statusNotification(
      {
        id: 'a',
        status: 'registered',
        registration: { inboundNumber: '5' },
        deadline: { at: '2025-06-10T13:00:00.000Z' },
      } as unknown as ApplicationState,
      title,
    );
    expect(registered.kk).toBe(
      '№ 5 өтініш тіркелді. Нәтижені алу күні мен уақыты: 10.06.2025 18:00. Қызмет: «Лицензия беру».',
    );
    expect(registered.ru).toBe(
      'Заявление № 5 зарегистрировано. Дата и время получения результата: 10.06.2025 18:00. Услуга: «Выдача лицензии».',
    );
    // No English title in the catalog: the Kazakh one.
    expect(registered.en).toBe(
      'Application 5 was registered. Result due: 10.06.2025 18:00. Service: “Лицензия беру”.',
    );
  });

  it('names an application not yet registered by the date it was sent, never by its internal id', () => {
    // 2025-06-02T05:00Z is 10:00 in Astana on 02.06.2025.
    const sent = statusNotification(
      {
        id: '3f0c1e9a-8d1b-4d8e-9a55-0d7c2a1b9e10',
        status: 'submitted',
        registration: null,
        submittedAt: '2025-06-02T05:00:00.000Z',
        createdAt: '2025-06-01T05:00:00.000Z',
      } as unknown as ApplicationState,
      title,
    );
    expect(sent.kk).toBe('02.06.2025 жылғы өтініш жіберілді, тіркеуді күтуде. Қызмет: «Лицензия беру».');
    expect(sent.ru).toBe(
      'Заявление от 02.06.2025 отправлено и ожидает регистрации. Услуга: «Выдача лицензии».',
    );
    for (const lang of ['kk', 'ru', 'en'] as const) expect(sent[lang]).not.toContain('3f0c1e9a');
  });
});
