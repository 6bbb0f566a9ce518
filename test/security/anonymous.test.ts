/**
 * Issue 15: a visitor's pages make no request that answers 401 (every first visit logged a
 * console error for `/auth/me`). "Who am I" answers a visitor 200 with no principal; every API
 * request the anonymous pages make (web/src/pages/catalog, service, registry, login, and the
 * session check of web/src/session.ts) answers without 401.
 */
import { describe, expect, it } from 'vitest';
import { FLAG } from '../server/harness.ts';
import { securitySuite } from './suite.ts';

const suite = securitySuite('anonymous');

describe('anonymous pages', () => {
  it('GET /auth/me for a visitor: 200, principal null, no CSRF token', async () => {
    const attack = suite.attack('anonymous request answered 401');
    const me = await suite.send('GET', '/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.json()).toEqual({ principal: null, csrfToken: null });
    // A forged or expired cookie is a visitor too, not an error.
    const forged = await suite.send('GET', '/api/v1/auth/me', {
      headers: { cookie: 'ruqsat_session=forged' },
    });
    expect(forged.status).toBe(200);
    expect(forged.json()).toMatchObject({ principal: null });
    attack.held();
  });

  it('every request of the catalog, service, registry and login pages answers without 401', async () => {
    const paths: [string, string][] = [
      ['/api/v1/services', '/api/v1/services'],
      [`/api/v1/services/${FLAG}`, '/api/v1/services/:id'],
      [`/api/v1/services/${FLAG}/passport`, '/api/v1/services/:id/passport'],
      ['/api/v1/public/permits?q=000', '/api/v1/public/permits'],
      ['/api/v1/public/permits/KZ-NO-SUCH', '/api/v1/public/permits/:number'],
      ['/api/v1/demo/applicants', '/api/v1/demo/applicants'],
    ];
    for (const [path, route] of paths) {
      const attack = suite.attack('anonymous request answered 401');
      const res = await suite.send('GET', path, { route });
      expect(res.status, path).not.toBe(401);
      expect(res.status, path).toBeLessThan(500);
      attack.held();
    }
  });
});
