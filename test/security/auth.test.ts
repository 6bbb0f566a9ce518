/**
 * Attacks on logging in (official-routes.ts /auth/login, eds-login.ts, login-limits.ts): guessing
 * one account's password from many addresses, spraying many accounts from one address, a
 * burst of EDS challenges, counts reset by a restart or by reaching another server process,
 * and a demo-login session presented to a production server. Each is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/cases/clock.ts';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PASSWORD } from '../../src/server/demo.ts';
import { DEFAULT_LOGIN_LIMITS } from '../../src/server/login-limits.ts';
import { platformSessions } from '../../src/server/session-store.ts';
import { pgStoreOf } from '../../src/store/index.ts';
import { scratchDatabase, startOn, type Database, type Started } from '../server/admin-harness.ts';
import {
  FLAG,
  PAPER,
  alice,
  company,
  bob,
  loginApplicant,
  officialLogin,
  startServer,
  type TestServer,
} from '../server/harness.ts';

const { perAccount, perAddress, accountRun, challengesPerAddress } = DEFAULT_LOGIN_LIMITS;

const attempt = (app: TestServer['app'], login: string, password: string, address = '127.0.0.1') =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password },
    remoteAddress: address,
  });

describe('login attempts, counted in PostgreSQL', () => {
  let s: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    s = await startServer();
    second = await startServer({ sharing: s });
  }, 60_000);
  afterAll(async () => {
    await second?.close();
    await s?.close();
  });

  it(`per account: after ${perAccount} attempts in 15 minutes, from any addresses, even the right password waits — on every server process`, async () => {
    const who = officialLogin(FLAG, 'other', s.platform);
    for (let i = 0; i < perAccount; i++) {
      // Spread over two processes and ten addresses: the count is the account's, in the database.
      const res = await attempt(i % 2 === 0 ? s.app : second.app, who, `wrong guess ${i}`, `10.0.0.${i}`);
      expect(res.statusCode).toBe(401);
    }
    for (const app of [s.app, second.app]) {
      const res = await attempt(app, who, DEMO_PASSWORD, '10.1.1.1');
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({ code: 'auth.too_many_attempts' });
    }
    // The window started with the first attempt at 10:00 and ends 15 minutes later.
    s.clock.advanceMinutes(15);
    expect((await attempt(s.app, who, DEMO_PASSWORD)).statusCode).toBe(200);
    // A success clears the account's count: a typo afterwards costs one attempt, not a lockout.
    expect((await attempt(s.app, who, 'one typo')).statusCode).toBe(401);
    expect((await attempt(s.app, who, DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it(`per address: ${perAddress} failures over many accounts lock that address out, not the others`, async () => {
    const sprayer = '10.6.6.6';
    for (let i = 0; i < perAddress; i++)
      expect((await attempt(s.app, `sprayed.${i}`, 'Summer2025!Summer2025!', sprayer)).statusCode).toBe(401);
    const who = officialLogin(FLAG, 'other', s.platform);
    const blocked = await attempt(second.app, who, DEMO_PASSWORD, sprayer);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ code: 'auth.too_many_attempts' });
    expect((await attempt(s.app, who, DEMO_PASSWORD, '10.7.7.7')).statusCode).toBe(200);
    // Successful logins from one office address take their attempt back: 40 in a row pass.
    for (let i = 0; i < perAddress + 10; i++)
      expect((await attempt(s.app, who, DEMO_PASSWORD, '10.8.8.8')).statusCode).toBe(200);
    s.clock.advanceMinutes(15);
  });

  it(`${accountRun} failures in a row lock the account until an administrator acts, whatever the windows`, async () => {
    const who = officialLogin(PAPER, 'office-clerk', s.platform);
    for (let i = 0; i < accountRun; i++) {
      // A patient attacker: at most 10 attempts per window, a new address each time.
      if (i > 0 && i % perAccount === 0) s.clock.advanceMinutes(15);
      expect((await attempt(s.app, who, `guess ${i}`, `10.2.${i >> 8}.${i & 255}`)).statusCode).toBe(401);
    }
    s.clock.advanceMinutes(15);
    const locked = await attempt(s.app, who, DEMO_PASSWORD, '10.3.0.1');
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ code: 'auth.account_locked' });
    const admin = await attempt(s.app, 'admin', DEMO_PASSWORD, '10.4.0.1');
    const enable = await s.app.inject({
      method: 'POST',
      url: `/api/v1/admin/officials/${who}/enable`,
      headers: { authorization: `Bearer ${admin.json<{ token: string }>().token}` },
    });
    expect(enable.statusCode).toBe(200);
    expect((await attempt(s.app, who, DEMO_PASSWORD, '10.3.0.1')).statusCode).toBe(200);
  }, 60_000);

  it(`EDS challenges: ${challengesPerAddress} a minute per address; expired rows are swept`, async () => {
    const challenge = (address: string) =>
      s.app.inject({ method: 'POST', url: '/api/v1/auth/challenge', payload: {}, remoteAddress: address });
    const rows = async () =>
      Number(
        (
          await pgStoreOf(s.platform.store).pool.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM login_challenges',
          )
        ).rows[0]?.n,
      );
    for (let i = 0; i < challengesPerAddress; i++) expect((await challenge('10.5.0.1')).statusCode).toBe(200);
    const refused = await challenge('10.5.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'auth.too_many_attempts' });
    expect(await rows()).toBe(challengesPerAddress);
    expect((await challenge('10.5.0.2')).statusCode).toBe(200);
    // Valid 5 minutes, kept an hour after (a replay is told apart from a made-up nonce), then swept.
    s.clock.advanceMinutes(66);
    expect((await challenge('10.5.0.1')).statusCode).toBe(200);
    expect(await rows()).toBe(1);
  });
});

describe('counts survive a restart; demo-login sessions are invalid in production', () => {
  let db: Database;
  const clock = new SimulatedClock(new Date('2025-04-15T10:00:00+05:00'));
  let started: Started | undefined;
  beforeAll(async () => {
    db = await scratchDatabase();
  });
  afterAll(async () => {
    await started?.close();
    await db?.drop();
  });

  it('a restart does not give a guesser a fresh allowance', async () => {
    started = await startOn(db, clock);
    for (let i = 0; i < perAccount; i++)
      expect((await attempt(started.app, 'admin', `guess ${i}`)).statusCode).toBe(401);
    await started.close();
    started = await startOn(db, clock);
    expect((await attempt(started.app, 'admin', DEMO_PASSWORD)).statusCode).toBe(429);
    clock.advanceMinutes(15);
    expect((await attempt(started.app, 'admin', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('sessions a demo run opened (demo login, and acting for an organisation from one) are refused and ended by a production start; others stay', async () => {
    started ??= await startOn(db, clock);
    const app = started.app;
    const person = await loginApplicant(app, alice);
    const org = await loginApplicant(app, company);
    await app.inject({
      method: 'PUT',
      url: `/api/v1/organisation/representatives/${bob}`,
      headers: org.headers,
      payload: { powers: ['apply'] },
    });
    const actFor = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/act-for',
      headers: (await loginApplicant(app, bob)).headers,
      payload: { bin: company },
    });
    expect(actFor.statusCode).toBe(200);
    // A session opened otherwise (as an EDS login opens it) for comparison.
    const eds = await platformSessions(started.platform).startApplicant(
      { kind: 'applicant', id: alice, type: 'individual', name: 'EDS' },
      false,
    );
    const tokens = [person.token, org.token, actFor.json<{ token: string }>().token];
    await started.close();

    started = await startOn(db, clock, {
      production: true,
      adminPassword: 'a real administrator passphrase',
    });
    for (const token of tokens) {
      const res = await started.app.inject({
        url: '/api/v1/applications',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'auth.required' });
    }
    const rows = await pgStoreOf(started.platform.store).pool.query('SELECT 1 FROM sessions WHERE demo');
    expect(rows.rows).toEqual([]);
    const kept = await started.app.inject({
      url: '/api/v1/applications',
      headers: { authorization: `Bearer ${eds.token}` },
    });
    expect(kept.statusCode).toBe(200);
    // The demo login itself does not exist in production.
    const demo = await started.app.inject({
      method: 'POST',
      url: '/api/v1/auth/demo-login',
      payload: { id: alice },
    });
    expect(demo.statusCode).toBe(404);
  });

  it('a production server refuses to start with sessions that accept demo logins', async () => {
    const platform = started?.platform;
    if (platform === undefined) throw new Error('not started');
    expect(() =>
      buildApp({
        catalog: platform.catalog,
        today: () => '2025-04-15',
        acceptRepealed: false,
        platform,
        sessions: platformSessions(platform),
        production: true,
      }),
    ).toThrow(expect.objectContaining({ code: 'server.demo_in_production' }));
  });
});
