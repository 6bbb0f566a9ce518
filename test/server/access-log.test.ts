/**
 * The access log: administrators read it over HTTP, filtered by subject, actor, application
 * and time; nobody else may; and the table itself refuses UPDATE, DELETE and TRUNCATE.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgStoreOf } from '../../src/store/index.ts';
import {
  FLAG,
  alice,
  bob,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  submittedFlag,
  type TestServer,
} from './harness.ts';
import { providerRoles } from '../../src/server/demo.ts';

let s: TestServer;
let applicationId: string;
beforeAll(async () => {
  s = await startServer();
  const me = await loginApplicant(s.app, alice);
  applicationId = await submittedFlag(s.app, me);
  await s.app.inject({ url: `/api/v1/applications/${applicationId}`, headers: me.headers });
}, 60_000);
afterAll(() => s?.close());

interface Read {
  id: number;
  at: string;
  readerKind: string;
  readerId: string;
  subjectId: string | null;
  what: string;
  applicationId: string | null;
  route: string;
}

const count = async () =>
  Number(
    (
      await pgStoreOf(s.platform.store).pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM personal_data_reads',
      )
    ).rows[0]?.n,
  );

describe('GET /admin/access-log', () => {
  it("lists reads newest first, filtered by subject, actor, application and time; records the admin's read", async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const all = await s.app.inject({ url: '/api/v1/admin/access-log', headers: admin.headers });
    expect(all.statusCode, all.body).toBe(200);
    const reads = all.json<Read[]>();
    expect(reads.length).toBeGreaterThan(0);
    expect([...reads].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)).toEqual(reads);

    const bySubject = await s.app.inject({
      url: `/api/v1/admin/access-log?subject=${alice}&applicationId=${applicationId}`,
      headers: admin.headers,
    });
    const mine = bySubject.json<Read[]>();
    expect(mine).toContainEqual(
      expect.objectContaining({
        readerKind: 'applicant',
        readerId: alice,
        subjectId: alice,
        what: 'application',
        applicationId,
        route: 'GET /api/v1/applications/:id',
      }),
    );
    expect(mine.every((r) => r.subjectId === alice && r.applicationId === applicationId)).toBe(true);

    const byActor = await s.app.inject({
      url: `/api/v1/admin/access-log?actor=${bob}`,
      headers: admin.headers,
    });
    expect(byActor.json()).toEqual([]);

    const limited = await s.app.inject({ url: '/api/v1/admin/access-log?limit=1', headers: admin.headers });
    expect(limited.json<Read[]>()).toHaveLength(1);

    const future = await s.app.inject({
      url: '/api/v1/admin/access-log?from=2030-01-01',
      headers: admin.headers,
    });
    expect(future.json()).toEqual([]);
    const past = await s.app.inject({
      url: '/api/v1/admin/access-log?to=2025-04-15',
      headers: admin.headers,
    });
    expect(past.json()).toEqual([]);
    const window = await s.app.inject({
      url: '/api/v1/admin/access-log?from=2025-04-15&to=2025-04-16T00:00:00%2B05:00',
      headers: admin.headers,
    });
    expect(window.json<Read[]>().length).toBeGreaterThan(0);

    const own = await s.app.inject({ url: '/api/v1/admin/access-log?actor=admin', headers: admin.headers });
    expect(own.json<Read[]>()[0]).toMatchObject({ readerKind: 'admin', what: 'access-log' });
  });

  it('validation: a bad limit, date or parameter is 400 and records nothing', async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const before = await count();
    for (const q of ['limit=0', 'limit=5000', 'from=yesterday', 'to=2025-13', 'subject=']) {
      const res = await s.app.inject({ url: `/api/v1/admin/access-log?${q}`, headers: admin.headers });
      expect(res.statusCode, q).toBe(400);
      expect(res.json(), q).toMatchObject({ code: 'server.invalid_request' });
    }
    expect(await count()).toBe(before);
  });

  it('forbidden: no session 401, an applicant or an official 403, and nothing recorded', async () => {
    const applicant = await loginApplicant(s.app, alice);
    const provider = officialLogin(FLAG, 'x', s.platform).slice(0, -2);
    const role = [...(providerRoles(s.platform.catalog).get(provider)?.roles ?? [])][0];
    const official = await loginOfficial(s.app, `${provider}.${role}`);
    const before = await count();
    const none = await s.app.inject({ url: '/api/v1/admin/access-log' });
    expect(none.statusCode).toBe(401);
    for (const headers of [applicant.headers, official.headers]) {
      const res = await s.app.inject({ url: `/api/v1/admin/access-log?subject=${alice}`, headers });
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(applicationId);
    }
    expect(await count()).toBe(before);
  });

  it('the table is append-only: UPDATE, DELETE and TRUNCATE are refused by triggers', async () => {
    const pool = pgStoreOf(s.platform.store).pool;
    const before = await count();
    for (const statement of [
      "UPDATE personal_data_reads SET reader_id = 'someone-else'",
      'DELETE FROM personal_data_reads',
      'TRUNCATE personal_data_reads',
    ])
      await expect(pool.query(statement), statement).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
    const { rows } = await pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM personal_data_reads WHERE reader_id = 'someone-else'",
    );
    expect(rows[0]?.n).toBe('0');
  });
});
