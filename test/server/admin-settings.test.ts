/**
 * Runtime settings: defaults from the environment (src/config.ts), changed by an administrator
 * (GET/PUT /admin/settings, zod-validated, 400 admin.invalid_setting), kept in the database and
 * used at once: the attachment size limit, and the public URL printed in the QR link of a
 * license (documents printed before a change still verify). Nobody else may change them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { runScenario } from '../../src/demo/scenario.ts';
import { documentContent } from '../../src/documents/content.ts';
import { documentParties, storePartySources } from '../../src/documents/parties.ts';
import { renderPdf } from '../../src/documents/pdf.ts';
import { serviceOf, sha256Hex, signedByLine, type DocumentRecord } from '../../src/documents/service.ts';
import { providerRoles } from '../../src/server/demo.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { scratchDatabase, startOn, tuesdayMorning, type Database, type Started } from './admin-harness.ts';
import {
  FLAG,
  PAPER,
  alice,
  loginApplicant,
  loginOfficial,
  officialLogin,
  submittedFlag,
  type Auth,
} from './harness.ts';

let db: Database;
const clock = tuesdayMorning();
let s: Started;
let admin: Auth;
beforeAll(async () => {
  db = await scratchDatabase();
  s = await startOn(db, clock, {
    settings: { attachmentMaxBytes: 4096, publicBaseUrl: 'https://env.example.kz' },
  });
  admin = await loginOfficial(s.app, 'admin');
}, 60_000);
afterAll(async () => {
  await s?.close();
  await db?.drop();
});

const put = (body: unknown, headers = admin.headers) =>
  s.app.inject({
    method: 'PUT',
    url: '/api/v1/admin/settings',
    headers,
    payload: body as Record<string, unknown>,
  });
const stored = async () =>
  JSON.stringify(
    (await pgStoreOf(s.platform.store).pool.query('SELECT key, value FROM settings ORDER BY key')).rows,
  );
const pdf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 15, 0x20), Buffer.from('%%EOF\n')]);

describe('settings', () => {
  it('reads the environment defaults: RUQSAT_ATTACHMENT_LIMIT, RUQSAT_PUBLIC_URL', () => {
    expect(readConfig({}).settings).toEqual({
      attachmentMaxBytes: 10 * 1_048_576,
      publicBaseUrl: 'http://localhost:3000',
    });
    expect(
      readConfig({ RUQSAT_ATTACHMENT_LIMIT: '2048', RUQSAT_PUBLIC_URL: 'https://ruqsat.gov.kz/' }).settings,
    ).toEqual({ attachmentMaxBytes: 2048, publicBaseUrl: 'https://ruqsat.gov.kz' });
    // Unset, the QR links follow the port the server listens on.
    expect(readConfig({ PORT: '4123' }).settings.publicBaseUrl).toBe('http://localhost:4123');
    expect(
      readConfig({ PORT: '4123', RUQSAT_PUBLIC_URL: 'https://ruqsat.gov.kz' }).settings.publicBaseUrl,
    ).toBe('https://ruqsat.gov.kz');
    expect(() => readConfig({ RUQSAT_ATTACHMENT_LIMIT: '12' })).toThrow(/RUQSAT_ATTACHMENT_LIMIT/);
    expect(() => readConfig({ RUQSAT_PUBLIC_URL: 'ftp://x' })).toThrow(/RUQSAT_PUBLIC_URL/);
  });

  it('the attachment limit: the default applies, a change applies at once to uploads', async () => {
    const got = await s.app.inject({ url: '/api/v1/admin/settings', headers: admin.headers });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({
      settings: { attachmentMaxBytes: 4096, publicBaseUrl: 'https://env.example.kz' },
      defaults: { attachmentMaxBytes: 4096 },
      changed: [],
    });
    const me = await loginApplicant(s.app, alice);
    const draft = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: me.headers,
      payload: { serviceId: FLAG, caseId: 'issue' },
    });
    const id = draft.json<{ applicationId: string }>().applicationId;
    const upload = (body: Buffer) =>
      s.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${id}/attachments?name=a.pdf&documentId=qualification-information`,
        headers: { ...me.headers, 'content-type': 'application/octet-stream' },
        payload: body,
      });
    expect((await upload(pdf(4000))).statusCode).toBe(201);
    const big = await upload(pdf(6000));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'server.body_too_large' });

    const changed = await put({ attachmentMaxBytes: 8192 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      settings: { attachmentMaxBytes: 8192, publicBaseUrl: 'https://env.example.kz' },
    });
    expect((await upload(pdf(6000))).statusCode).toBe(201);
    expect((await upload(pdf(9000))).statusCode).toBe(413);
    const after = await s.app.inject({ url: '/api/v1/admin/settings', headers: admin.headers });
    expect(after.json()).toMatchObject({ changed: [{ key: 'attachmentMaxBytes', by: 'admin' }] });
  });

  it('validation: a bad value is 400 admin.invalid_setting naming it, an unknown or empty body 400; nothing stored', async () => {
    const before = await stored();
    for (const [body, name] of [
      [{ attachmentMaxBytes: 10 }, 'attachmentMaxBytes'],
      [{ attachmentMaxBytes: 1e12 }, 'attachmentMaxBytes'],
      [{ publicBaseUrl: 'javascript:alert(1)' }, 'publicBaseUrl'],
      [{ publicBaseUrl: 'https://x.kz/?q=1' }, 'publicBaseUrl'],
      [{ attachmentMaxBytes: 8192, publicBaseUrl: 'nope' }, 'publicBaseUrl'],
    ] as const) {
      const res = await put(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'admin.invalid_setting' });
      expect(res.json<{ detail: string }>().detail).toContain(name);
    }
    for (const body of [{}, { attachmentMaxBytes: 'big' }]) {
      const res = await put(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'server.invalid_request' });
    }
    expect(await stored()).toBe(before);
  });

  it('forbidden: no session 401, an applicant or an official 403; nothing changed', async () => {
    const applicant = await loginApplicant(s.app, alice);
    const official = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    const before = await stored();
    for (const headers of [{}, applicant.headers, official.headers]) {
      const status = Object.keys(headers).length === 0 ? 401 : 403;
      expect((await s.app.inject({ url: '/api/v1/admin/settings', headers })).statusCode).toBe(status);
      expect((await put({ attachmentMaxBytes: 1_000_000 }, headers)).statusCode).toBe(status);
    }
    expect(await stored()).toBe(before);
  });

  it("the public URL is the one printed in a license's QR link; a license printed before a change still verifies", async () => {
    expect((await put({ publicBaseUrl: 'https://ruqsat.example.kz/' })).statusCode).toBe(200);
    const entry = s.platform.catalog.resolve(FLAG, '2025-04-15', { acceptRepealed: true });
    const result = await runScenario(s.platform, clock, entry, 'issue', 'settings-license-1');
    expect(result.reached, JSON.stringify(result)).toBe(true);
    const state = await s.platform.engine.get('settings-license-1');
    admin = await loginOfficial(s.app, 'admin'); // the scenario moved the clock past the session
    const provider = state.providerId;
    const role = [...(providerRoles(s.platform.catalog).get(provider)?.roles ?? [])][0];
    const official = await loginOfficial(s.app, `${provider}.${role}`);
    const license = await s.app.inject({
      url: '/api/v1/applications/settings-license-1/results/license',
      headers: official.headers,
    });
    expect(license.statusCode, license.body).toBe(200);
    const sha = license.headers['x-content-sha256'];
    const { rows } = await pgStoreOf(s.platform.store).pool.query<{
      signed_at: Date;
      signer: DocumentRecord['signer'];
      layout: 1 | 2 | 3;
    }>(
      "SELECT signed_at, signer, layout FROM documents WHERE application_id = 'settings-license-1' AND kind = 'license'",
    );
    const row = rows[0];
    if (row === undefined) throw new Error('no license recorded');
    const parties = await documentParties(
      storePartySources(s.platform.store, s.platform.simulators.stateDatabases),
      state,
    );
    const render = async (publicBaseUrl: string) => {
      const built = documentContent(
        state,
        serviceOf(s.platform.catalog, state),
        'license',
        'kk',
        { publicBaseUrl },
        parties,
      );
      if (!built.ok) throw new Error(built.reason);
      return sha256Hex(await renderPdf(built.content, { now: row.signed_at, signedBy: signedByLine(row) }));
    };
    expect(await render('https://ruqsat.example.kz')).toBe(sha);
    expect(await render('http://localhost:3000')).not.toBe(sha);

    expect((await put({ publicBaseUrl: 'https://other.example.kz' })).statusCode).toBe(200);
    const again = await s.app.inject({
      url: '/api/v1/applications/settings-license-1/results/license',
      headers: official.headers,
    });
    expect(again.statusCode).toBe(200);
    expect(again.headers['x-content-sha256']).toBe(sha);
    const permit = state.issued?.permitNumber ?? '';
    const page = await s.app.inject(`/api/v1/public/permits/${permit}`);
    expect(
      page.json<{ documents: { kind: string; verification: { status: string } }[] }>().documents,
    ).toContainEqual(
      expect.objectContaining({ kind: 'license', verification: expect.objectContaining({ valid: true }) }),
    );
    // The payment simulator's page is a path on this deployment, whatever its public URL.
    const me = await loginApplicant(s.app, alice);
    const paying = await submittedFlag(s.app, me);
    const invoice = await s.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${paying}/payment`,
      headers: me.headers,
    });
    expect(invoice.statusCode, invoice.body).toBe(201);
    expect(invoice.json<{ payUrl: string }>().payUrl).toMatch(/^\/simulator\/payment\/INV-/);
  }, 120_000);
});
