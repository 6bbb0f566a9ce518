/**
 * The administrator account at start: in production (NODE_ENV=production) without
 * RUQSAT_ADMIN_PASSWORD there is none — not even the demo one an earlier demo run left in the
 * same database; with it, `admin` logs in with that password only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { productionEnv } from '../fixtures/production-env.ts';
import { DEMO_PASSWORD } from '../../src/server/demo.ts';
import { platformSessions } from '../../src/server/session-store.ts';
import { scratchDatabase, startOn, tuesdayMorning, type Database, type Started } from './admin-harness.ts';

let db: Database;
const clock = tuesdayMorning();
let s: Started | undefined;
beforeAll(async () => {
  db = await scratchDatabase();
}, 60_000);
afterAll(async () => {
  await s?.close();
  await db?.drop();
});

const login = (app: Started['app'], login: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password } });
const logins = async (started: Started) =>
  (await platformSessions(started.platform).listOfficials()).map((o) => o.login);

describe('the administrator account in production', () => {
  it('the production config has no administrator password unless RUQSAT_ADMIN_PASSWORD is set, and refuses the demo one', () => {
    expect(readConfig(productionEnv)).toMatchObject({
      production: true,
      demo: false,
      adminPassword: undefined,
    });
    expect(() => readConfig({ ...productionEnv, RUQSAT_ADMIN_PASSWORD: DEMO_PASSWORD })).toThrow(
      /RUQSAT_ADMIN_PASSWORD/,
    );
    expect(() => readConfig({ ...productionEnv, RUQSAT_ADMIN_PASSWORD: 'short' })).toThrow(
      /password of 5 characters/,
    );
    // Long enough, but a listed password repeated: the officials' rules hold for the administrator too.
    expect(() => readConfig({ ...productionEnv, RUQSAT_ADMIN_PASSWORD: 'qwertyqwertyqwerty' })).toThrow(
      /common, repetitive or sequential/,
    );
  });

  it('a demo run leaves the demo password; a production start removes every such account, with or without RUQSAT_ADMIN_PASSWORD', async () => {
    s = await startOn(db, clock);
    expect((await login(s.app, 'admin', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await logins(s)).length).toBeGreaterThan(1);
    await s.close();

    // With the variable: the demo officials go, the administrator has the new password only.
    s = await startOn(db, clock, { production: true, adminPassword: 'a-real-admin-password' });
    expect(await logins(s)).toEqual(['admin']);
    expect((await login(s.app, 'admin', DEMO_PASSWORD)).statusCode).toBe(401);
    const ok = await login(s.app, 'admin', 'a-real-admin-password');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ principal: { kind: 'admin', login: 'admin' } });
    await s.close();

    // Started again without it: the administrator created with a password of its own stays.
    s = await startOn(db, clock, { production: true });
    expect((await login(s.app, 'admin', 'a-real-admin-password')).statusCode).toBe(200);
    expect(await logins(s)).toEqual(['admin']);
    await s.close();

    // Another demo run on the database, then production without the variable: no account at all.
    s = await startOn(db, clock);
    const demoSession = (await login(s.app, 'admin', DEMO_PASSWORD)).json<{ token: string }>().token;
    await s.close();
    s = await startOn(db, clock, { production: true });
    const refused = await login(s.app, 'admin', DEMO_PASSWORD);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ code: 'auth.invalid_credentials' });
    expect(await logins(s)).toEqual([]);
    // Its session from the demo run is gone too.
    const me = await s.app.inject({
      url: '/api/v1/admin/officials',
      headers: { authorization: `Bearer ${demoSession}` },
    });
    expect(me.statusCode).toBe(401);
    const demoLogin = await s.app.inject({
      method: 'POST',
      url: '/api/v1/auth/demo-login',
      payload: { id: '000000000000' },
    });
    expect(demoLogin.statusCode).toBe(404);
  }, 180_000);
});
