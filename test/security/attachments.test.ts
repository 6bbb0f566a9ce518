/**
 * Issue 15, attachments: a name carrying bidirectional controls is refused (with U+202E,
 * "invoice<U+202E>fdp.exe" shows an official "invoiceexe.pdf"), and an application's files are
 * bounded in number and in bytes together by two runtime settings, checked in the one
 * transaction that stores a file. Replayed over loopback HTTP; each refusal has its own code in
 * kk/ru/en, and nothing is stored.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { currentSettings } from '../../src/server/admin-settings.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { FLAG, alice, loginApplicant, type Auth } from '../server/harness.ts';
import { securitySuite } from './suite.ts';

const suite = securitySuite('attachments');
// The tests read the server through `s`, as the harness's other files do.
const s = {
  get app() {
    return suite.server().app;
  },
  get platform() {
    return suite.server().platform;
  },
  get clock() {
    return suite.server().clock;
  },
};
let me: Auth;

const pdf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 15, 0x20), Buffer.from('%%EOF\n')]);

async function newDraft(): Promise<string> {
  const created = await suite.send('POST', '/api/v1/applications', {
    auth: me,
    body: { serviceId: FLAG, caseId: 'issue' },
  });
  return created.json<{ applicationId: string }>().applicationId;
}

/** An upload over loopback HTTP, as the status code and JSON body the tests read. */
async function upload(id: string, body: Buffer, name = 'scan.pdf', lang = 'en') {
  const res = await suite.send(
    'POST',
    `/api/v1/applications/${id}/attachments?name=${encodeURIComponent(name)}&documentId=qualification-information`,
    {
      auth: me,
      bytes: body,
      headers: { 'accept-language': lang },
      route: '/api/v1/applications/:id/attachments',
    },
  );
  return { statusCode: res.status, json: res.json };
}

const stored = async (id: string) =>
  (
    await pgStoreOf(s.platform.store).pool.query<{ n: number }>(
      'SELECT count(*)::integer AS n FROM attachments WHERE application_id = $1',
      [id],
    )
  ).rows[0]?.n;

beforeAll(async () => {
  me = await loginApplicant(s.app, alice);
});

describe('attachment names', () => {
  it('refuses every bidirectional control with 400 attachments.invalid_name naming it; nothing stored', async () => {
    const id = await newDraft();
    const controls = [
      0x61c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
    ];
    for (const cp of controls) {
      const attack = suite.attack('bidirectional control in a file name');
      const res = await upload(id, pdf(100), `invoice${String.fromCodePoint(cp)}fdp.exe`);
      expect(res.statusCode, cp.toString(16)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'attachments.invalid_name' });
      expect(res.json<{ detail: string }>().detail).toContain(
        `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
      );
      attack.held();
    }
    expect(await stored(id)).toBe(0);
    // Kazakh and Russian names with their own letters are fine.
    expect((await upload(id, pdf(100), 'Диплом Әлия.pdf')).statusCode).toBe(201);
  });
});

describe('attachment limits per application', () => {
  it('the defaults: 50 files, 100 MiB together', async () => {
    const settings = await currentSettings({ platform: s.platform } as never);
    expect(settings).toMatchObject({ attachmentMaxCount: 50, attachmentMaxTotalBytes: 100 * 1_048_576 });
  });

  it('the count: with a limit of 3 the fourth file is 422 attachments.too_many, in kk/ru/en; another application still takes files', async () => {
    await s.platform.store.repos.settings.put({ attachmentMaxCount: 3 }, 'test', s.clock.now());
    const id = await newDraft();
    for (let i = 0; i < 3; i++) expect((await upload(id, pdf(100))).statusCode).toBe(201);
    const texts = new Set<string>();
    for (const lang of ['kk', 'ru', 'en']) {
      const attack = suite.attack('attachments over the count limit');
      const res = await upload(id, pdf(100), 'scan.pdf', lang);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'attachments.too_many' });
      expect(res.json<{ detail: string }>().detail).toContain('3');
      texts.add(res.json<{ detail: string }>().detail);
      attack.held();
    }
    expect(texts.size).toBe(3);
    expect(await stored(id)).toBe(3);
    expect((await upload(await newDraft(), pdf(100))).statusCode).toBe(201);
  });

  it('the bytes together: 2 × 3000 fit in 8192, a third 3000 (9000 > 8192) is 413 attachments.total_too_large', async () => {
    await s.platform.store.repos.settings.put(
      { attachmentMaxCount: 50, attachmentMaxTotalBytes: 8192 },
      'test',
      s.clock.now(),
    );
    const id = await newDraft();
    expect((await upload(id, pdf(3000))).statusCode).toBe(201);
    expect((await upload(id, pdf(3000))).statusCode).toBe(201);
    const attack = suite.attack('attachments over the total size limit');
    const over = await upload(id, pdf(3000));
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({ code: 'attachments.total_too_large' });
    expect(over.json<{ detail: string }>().detail).toContain('6000');
    // 6000 + 2192 = 8192: exactly at the limit is allowed.
    expect((await upload(id, pdf(2192))).statusCode).toBe(201);
    expect(await stored(id)).toBe(3);
    attack.held();
  });

  it('parallel uploads cannot slip past the count: 8 at once against a limit of 5 store exactly 5', async () => {
    await s.platform.store.repos.settings.put(
      { attachmentMaxCount: 5, attachmentMaxTotalBytes: 100 * 1_048_576 },
      'test',
      s.clock.now(),
    );
    const id = await newDraft();
    const attack = suite.attack('parallel uploads racing the count limit');
    const answers = await Promise.all(Array.from({ length: 8 }, () => upload(id, pdf(100))));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 201, 201, 201, 201, 422, 422, 422]);
    expect(await stored(id)).toBe(5);
    attack.held();
  });
});
