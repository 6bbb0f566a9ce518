/**
 * Publishing a catalog file with an effective date: a new version of the flag-and-emblem
 * license (version 3, a higher fee) published today effective tomorrow — today the old version
 * applies, from tomorrow (the platform's simulated clock moved) the new one, an application
 * created before keeps its version, and after a restart the publication is still in force.
 * An invalid file, a past date or a version that is not newer is refused with its problems and
 * nothing is stored; only administrators publish.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgStoreOf } from '../../src/store/index.ts';
import { scratchDatabase, startOn, tuesdayMorning, type Database, type Started } from './admin-harness.ts';
import { FLAG, PAPER, alice, loginApplicant, loginOfficial, officialLogin, type Auth } from './harness.ts';

let db: Database;
const clock = tuesdayMorning(); // 2025-04-15, 10:00 in Astana
let s: Started;
beforeAll(async () => {
  db = await scratchDatabase();
  s = await startOn(db, clock);
}, 60_000);
afterAll(async () => {
  await s?.close();
  await db?.drop();
});

interface ServiceJson {
  id: string;
  version: number;
  validFrom: string;
  cases: { id: string; fee: { mci: number | null } | null }[];
}
const seed = () =>
  JSON.parse(
    readFileSync(new URL('../../catalog/000-state-flag-emblem-license.json', import.meta.url), 'utf8'),
  ) as {
    act: unknown;
    services: ServiceJson[];
  };
/** The act with only a new wording of the flag license: version 3, a fee of 12 MCI for a license. */
const newWording = (version = 3) => {
  const file = seed();
  const flag = file.services.find((x) => x.id === FLAG);
  if (flag === undefined) throw new Error('no flag service');
  const issue = flag.cases.find((c) => c.id === 'issue');
  if (issue?.fee == null) throw new Error('no fee');
  issue.fee.mci = 12;
  return { ...file, services: [{ ...flag, version }] };
};
const publish = (body: unknown, effectiveFrom: string, headers: Record<string, string>) =>
  s.app.inject({
    method: 'POST',
    url: `/api/v1/admin/catalog/publish?effectiveFrom=${effectiveFrom}&file=flag-v3.json`,
    headers,
    payload: body as Record<string, unknown>,
  });
const stored = async () =>
  Number(
    (
      await pgStoreOf(s.platform.store).pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM catalog_publications',
      )
    ).rows[0]?.n,
  );
const passportFee = async () =>
  (await s.app.inject(`/api/v1/services/${FLAG}/passport?case=issue`)).json<{
    version: number;
    cases: { fee: { mci: number } }[];
  }>();

describe('catalog publication with an effective date', () => {
  it('validation: an invalid file, a past date, a version not newer, no date: 400 with the problems, nothing stored', async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const broken = newWording();
    (broken.services[0] as unknown as Record<string, unknown>)['validFrom'] = 'someday';
    const invalid = await publish(broken, '2025-04-16', admin.headers);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['content-type']).toMatch(/problem\+json/);
    const body = invalid.json<{
      code: string;
      problems: { file: string; path: string; message: string }[];
    }>();
    expect(body.code).toBe('catalog.publish_invalid');
    expect(body.problems).toContainEqual(
      expect.objectContaining({ file: 'flag-v3.json', path: 'services.0.validFrom' }),
    );

    const notNewer = await publish(newWording(2), '2025-04-16', admin.headers);
    expect(notNewer.statusCode).toBe(400);
    expect(notNewer.json<typeof body>().problems).toContainEqual(
      expect.objectContaining({
        path: 'services.0.version',
        message: expect.stringContaining('give it version 3'),
      }),
    );

    const past = await publish(newWording(), '2025-04-14', admin.headers);
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ code: 'catalog.effective_date_past' });

    const noDate = await s.app.inject({
      method: 'POST',
      url: '/api/v1/admin/catalog/publish',
      headers: admin.headers,
      payload: newWording(),
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json()).toMatchObject({ code: 'server.invalid_request' });

    expect(await stored()).toBe(0);
    expect((await passportFee()).version).toBe(2);
  });

  it('forbidden: no session 401, an applicant or an official 403; nothing stored', async () => {
    const applicant = await loginApplicant(s.app, alice);
    const official = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
    for (const headers of [{}, applicant.headers, official.headers]) {
      const res = await publish(newWording(), '2025-04-16', headers);
      expect(res.statusCode).toBe(Object.keys(headers).length === 0 ? 401 : 403);
      const list = await s.app.inject({ url: '/api/v1/admin/catalog/publications', headers });
      expect(list.statusCode).toBe(Object.keys(headers).length === 0 ? 401 : 403);
    }
    expect(await stored()).toBe(0);
  });

  it('the old version today, the new one from the effective date; created applications keep theirs; kept over a restart', async () => {
    let admin: Auth = await loginOfficial(s.app, 'admin');
    const me = await loginApplicant(s.app, alice);
    const before = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: me.headers,
      payload: { serviceId: FLAG, caseId: 'issue' },
    });
    const earlier = before.json<{ applicationId: string }>().applicationId;

    const published = await publish(newWording(), '2025-04-16', admin.headers);
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({
      file: 'flag-v3.json',
      effectiveFrom: '2025-04-16',
      publishedBy: 'admin',
      services: [{ serviceId: FLAG, version: 3 }],
    });

    // Today: still version 2, 10 MCI.
    expect(await passportFee()).toMatchObject({ version: 2, cases: [{ fee: { mci: 10 } }] });
    expect((await s.app.inject(`/api/v1/services/${FLAG}?on=2025-04-16`)).json()).toMatchObject({
      version: 3,
      validFrom: '2025-04-16',
    });
    const versions = (
      await s.app.inject({ url: '/api/v1/admin/catalog/versions', headers: admin.headers })
    ).json<
      { serviceId: string; version: number; validFrom: string; validTo: string | null; state: string }[]
    >();
    expect(versions.filter((v) => v.serviceId === FLAG && v.version >= 2)).toEqual([
      expect.objectContaining({ version: 2, validTo: '2025-04-16', state: 'in-force' }),
      expect.objectContaining({ version: 3, validFrom: '2025-04-16', validTo: null, state: 'future' }),
    ]);

    // Tomorrow.
    clock.set(new Date('2025-04-16T10:00:00+05:00'));
    expect(await passportFee()).toMatchObject({ version: 3, cases: [{ fee: { mci: 12 } }] });
    const me2 = await loginApplicant(s.app, alice);
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: me2.headers,
      payload: { serviceId: FLAG, caseId: 'issue' },
    });
    const later = created.json<{ applicationId: string }>().applicationId;
    const versionOf = async (id: string) =>
      (await s.app.inject({ url: `/api/v1/applications/${id}`, headers: me2.headers })).json<{
        application: { serviceVersion: number };
      }>().application.serviceVersion;
    expect(await versionOf(later)).toBe(3);
    expect(await versionOf(earlier)).toBe(2);

    await s.close();
    s = await startOn(db, clock);
    admin = await loginOfficial(s.app, 'admin');
    expect(await passportFee()).toMatchObject({ version: 3, cases: [{ fee: { mci: 12 } }] });
    expect((await s.app.inject(`/api/v1/services/${FLAG}?on=2025-04-15`)).json()).toMatchObject({
      version: 2,
      validTo: '2025-04-16',
    });
    const list = await s.app.inject({ url: '/api/v1/admin/catalog/publications', headers: admin.headers });
    expect(list.json()).toEqual([
      expect.objectContaining({ file: 'flag-v3.json', effectiveFrom: '2025-04-16', publishedBy: 'admin' }),
    ]);
    const me3 = await loginApplicant(s.app, alice);
    const app = await s.app.inject({ url: `/api/v1/applications/${earlier}`, headers: me3.headers });
    expect(app.json<{ application: { serviceVersion: number } }>().application.serviceVersion).toBe(2);

    // Publishing again before the version now in force is refused.
    const stale = await publish(newWording(4), '2025-04-16', admin.headers);
    expect(stale.statusCode).toBe(400);
    expect(await stored()).toBe(1);
  }, 120_000);
  it('two publications at once, or through two server processes on one database: one applies, the other is refused', async () => {
    const admin = await loginOfficial(s.app, 'admin');
    const twice = await Promise.all([
      publish(newWording(4), '2025-04-18', admin.headers),
      publish(newWording(4), '2025-04-18', admin.headers),
    ]);
    expect(twice.map((r) => r.statusCode).sort(), twice.map((r) => r.body).join('\n')).toEqual([201, 400]);
    expect(await stored()).toBe(2);

    // A second process on the same database, opened before the next publication.
    const other = await startOn(
      { where: { databaseUrl: pgStoreOf(s.platform.store).url }, drop: async () => undefined },
      clock,
    );
    try {
      const otherAdmin = await loginOfficial(other.app, 'admin');
      expect((await publish(newWording(5), '2025-04-21', admin.headers)).statusCode).toBe(201);
      // The other process has not restarted, but publishing there first applies what was stored.
      const stale = await other.app.inject({
        method: 'POST',
        url: '/api/v1/admin/catalog/publish?effectiveFrom=2025-04-22',
        headers: otherAdmin.headers,
        payload: newWording(5),
      });
      expect(stale.statusCode).toBe(400);
      expect(stale.json<{ problems: { path: string }[] }>().problems).toContainEqual(
        expect.objectContaining({ path: 'services.0.version' }),
      );
      expect((await other.app.inject(`/api/v1/services/${FLAG}?on=2025-04-21`)).json()).toMatchObject({
        version: 5,
      });
    } finally {
      await other.close();
    }
    expect(await stored()).toBe(3);
    await s.close();
    s = await startOn(db, clock);
    expect((await s.app.inject(`/api/v1/services/${FLAG}?on=2025-04-21`)).json()).toMatchObject({
      version: 5,
    });
    expect((await s.app.inject(`/api/v1/services/${FLAG}?on=2025-04-18`)).json()).toMatchObject({
      version: 4,
    });
  }, 120_000);
});
