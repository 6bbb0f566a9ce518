/**
 * Attachments: the applicant uploads a PDF/PNG/JPEG (checked by content) for one of the case's
 * documents while the application is a draft; the applicant and the provider's officials list
 * and download it; anyone else gets 404 and nothing is stored.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  PAPER,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  snapshot,
  startServer,
  submitSigned,
  type Auth,
  type TestServer,
} from './harness.ts';

let s: TestServer;
let aliceAuth: Auth;
let bobAuth: Auth;
let draft: string;

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('%%EOF\n')]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

const upload = (
  id: string,
  body: Buffer,
  auth?: Auth,
  query = 'name=diploma.pdf&documentId=qualification-information',
) =>
  s.app.inject({
    method: 'POST',
    url: `/api/v1/applications/${id}/attachments?${query}`,
    headers: { ...(auth?.headers ?? {}), 'content-type': 'application/octet-stream' },
    payload: body,
  });

const count = async () =>
  Number(
    (await pgStoreOf(s.platform.store).pool.query<{ n: string }>('SELECT count(*) AS n FROM attachments'))
      .rows[0]?.n,
  );

beforeAll(async () => {
  s = await startServer();
  aliceAuth = await loginApplicant(s.app, alice);
  bobAuth = await loginApplicant(s.app, bob);
  const created = await s.app.inject({
    method: 'POST',
    url: '/api/v1/applications',
    headers: aliceAuth.headers,
    payload: { serviceId: FLAG, caseId: 'issue' },
  });
  draft = created.json<{ applicationId: string }>().applicationId;
}, 60_000);
afterAll(() => s?.close());

describe('attachments', () => {
  let attachmentId: string;

  it('stores a PDF for a document of the case, with its SHA-256, and gives it back', async () => {
    const res = await upload(draft, pdf, aliceAuth);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ id: string; sha256: string; mediaType: string; size: number }>();
    expect(body).toMatchObject({
      mediaType: 'application/pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      documentId: 'qualification-information',
      name: 'diploma.pdf',
    });
    attachmentId = body.id;

    const list = await s.app.inject({
      url: `/api/v1/applications/${draft}/attachments`,
      headers: aliceAuth.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([expect.objectContaining({ id: attachmentId })]);

    const file = await s.app.inject({
      url: `/api/v1/applications/${draft}/attachments/${attachmentId}`,
      headers: aliceAuth.headers,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-sha256']).toBe(body.sha256);
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('recognises PNG and JPEG by their bytes, whatever the name says', async () => {
    const p = await upload(draft, png, aliceAuth, 'name=scan.pdf&documentId=qualification-information');
    expect(p.json()).toMatchObject({ mediaType: 'image/png' });
    const j = await upload(draft, jpeg, aliceAuth, 'name=photo&documentId=qualification-information');
    expect(j.json()).toMatchObject({ mediaType: 'image/jpeg' });
  });

  it('refuses a file that is not what it says, an unknown document, an empty body and a too large file', async () => {
    const before = await count();
    const exe = await upload(draft, Buffer.from('MZ\x90\x00 this is a program'), aliceAuth);
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({ code: 'attachments.type_not_allowed' });
    const unknown = await upload(draft, pdf, aliceAuth, 'name=a.pdf&documentId=identity-document-data');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'attachments.unknown_document' });
    const empty = await upload(draft, Buffer.alloc(0), aliceAuth);
    expect(empty.statusCode).toBe(400);
    const noName = await upload(draft, pdf, aliceAuth, 'documentId=qualification-information');
    expect(noName.json()).toMatchObject({ code: 'server.invalid_request' });
    const big = await upload(draft, Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]), aliceAuth);
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'server.body_too_large' });
    expect(await count()).toBe(before);
  });

  it('forbidden: another applicant, no session, an official of another provider → refused, nothing stored', async () => {
    const before = await count();
    const snap = await snapshot(s.platform);
    for (const auth of [bobAuth]) {
      expect((await upload(draft, pdf, auth)).statusCode).toBe(404);
      const list = await s.app.inject({
        url: `/api/v1/applications/${draft}/attachments`,
        headers: auth.headers,
      });
      expect(list.statusCode).toBe(404);
      const file = await s.app.inject({
        url: `/api/v1/applications/${draft}/attachments/${attachmentId}`,
        headers: auth.headers,
      });
      expect(file.statusCode).toBe(404);
      expect(file.json()).toMatchObject({ code: 'cases.not_found' });
    }
    expect((await upload(draft, pdf)).statusCode).toBe(401);
    expect((await s.app.inject({ url: `/api/v1/applications/${draft}/attachments` })).statusCode).toBe(401);
    const stranger = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    expect((await upload(draft, pdf, stranger)).statusCode).toBe(404);
    expect(await count()).toBe(before);
    expect(await snapshot(s.platform)).toBe(snap);
  });

  it("is read-only after submission, and readable by the provider's officials", async () => {
    const submitted = await submitSigned(s.app, aliceAuth, draft);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const before = await count();
    const late = await upload(draft, pdf, aliceAuth);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'cases.wrong_status' });
    expect(await count()).toBe(before);

    const official = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
    const list = await s.app.inject({
      url: `/api/v1/applications/${draft}/attachments`,
      headers: official.headers,
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json<unknown[]>()).toHaveLength(3);
    const file = await s.app.inject({
      url: `/api/v1/applications/${draft}/attachments/${attachmentId}`,
      headers: official.headers,
    });
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await upload(draft, pdf, official)).statusCode).toBe(403);
  });
});
