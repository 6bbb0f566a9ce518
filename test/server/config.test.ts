/**
 * src/config.ts: one validated config. Outside production every port has its demo default; in
 * production each demo default is refused at start, naming the variable that replaces it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { AppError, userMessage } from '../../src/errors/app-error.ts';
import { shiftedClock } from '../../src/integrations/clock.ts';
import { DEMO_PAYMENT_SECRET } from '../../src/integrations/index.ts';
import { PRODUCTION_PAYMENT_SECRET, productionEnv } from '../fixtures/production-env.ts';

const refusal = (env: Record<string, string>): AppError => {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('readConfig accepted it');
};

describe('config: development defaults', () => {
  it('a demo clock shift moves the platform clock ahead by whole minutes; none by default', () => {
    expect(readConfig({}).clockShiftMinutes).toBe(0);
    const shift = readConfig({ RUQSAT_DEMO_CLOCK_SHIFT_MINUTES: '90' }).clockShiftMinutes;
    const before = Date.now();
    const shifted = shiftedClock(shift).now().getTime();
    expect(shifted - before).toBeGreaterThanOrEqual(90 * 60_000);
    expect(shifted - Date.now()).toBeLessThanOrEqual(90 * 60_000);
    expect(() => readConfig({ RUQSAT_DEMO_CLOCK_SHIFT_MINUTES: '-5' })).toThrow(
      /RUQSAT_DEMO_CLOCK_SHIFT_MINUTES/,
    );
  });

  it('trusts the test PKI in <DATA_DIR>/pki, signs callbacks with the demo secret, shows the simulator page', () => {
    const c = readConfig({ DATA_DIR: '/srv/ruqsat' });
    expect(c).toMatchObject({
      mode: 'development',
      production: false,
      demo: true,
      trust: { source: 'test-pki', pkiDir: '/srv/ruqsat/pki' },
      officialKeysDir: undefined,
      payments: { secrets: [DEMO_PAYMENT_SECRET], pageUrl: null },
    });
    expect(readConfig({ RUQSAT_PKI_DIR: '/shared/pki' }).trust).toEqual({
      source: 'test-pki',
      pkiDir: '/shared/pki',
    });
  });

  it('anchors from files: production trust mode unless test mode is asked for, revocation settings', () => {
    const c = readConfig({ RUQSAT_TRUST_ANCHORS: 'a.pem, b.cer,', RUQSAT_TRUST_INTERMEDIATES: 'i.pem' });
    expect(c.trust).toEqual({
      source: 'anchors',
      anchorFiles: ['a.pem', 'b.cer'],
      intermediateFiles: ['i.pem'],
      mode: 'production',
      // 24 h = 86,400,000 ms
      revocation: { timeoutMs: 5000, cacheMs: 300_000, ocspMaxAgeMs: 86_400_000 },
    });
    const t = readConfig({
      RUQSAT_TRUST_ANCHORS: 'a.pem',
      RUQSAT_TRUST_MODE: 'test',
      RUQSAT_OCSP_MAX_AGE_HOURS: '2',
    });
    expect(t.trust).toMatchObject({ mode: 'test', revocation: { ocspMaxAgeMs: 7_200_000 } });
    expect(() => readConfig({ RUQSAT_TRUST: 'anchors' })).toThrow(/RUQSAT_TRUST_ANCHORS/);
    expect(() => readConfig({ RUQSAT_TRUST: 'hsm' })).toThrow(/RUQSAT_TRUST/);
  });

  it('signed time: the TSA simulator with the test PKI, none with anchors, HTTP when its URL is given', () => {
    expect(readConfig({}).tsa).toEqual({ kind: 'simulator' });
    expect(readConfig({ RUQSAT_TRUST_ANCHORS: 'a.pem' }).tsa).toEqual({ kind: 'none' });
    expect(readConfig({ RUQSAT_TSA_URL: 'http://tsp.pki.gov.kz' }).tsa).toEqual({
      kind: 'http',
      url: 'http://tsp.pki.gov.kz',
    });
    expect(readConfig({ RUQSAT_TSA: 'none' }).tsa).toEqual({ kind: 'none' });
    expect(() => readConfig({ RUQSAT_TSA: 'http' })).toThrow(/RUQSAT_TSA_URL/);
    expect(() => readConfig({ RUQSAT_TRUST_ANCHORS: 'a.pem', RUQSAT_TSA: 'simulator' })).toThrow(
      /RUQSAT_TSA/,
    );
  });

  it('officials’ keys on a PKCS#11 token: module, token label or slot, PIN from a file or the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruqsat-pin-'));
    writeFileSync(join(dir, 'pin'), '246810\n');
    const module = '/usr/lib/softhsm/libsofthsm2.so';
    expect(readConfig({}).pkcs11).toBeUndefined();
    expect(
      readConfig({
        RUQSAT_PKCS11_MODULE: module,
        RUQSAT_PKCS11_TOKEN: 'officials',
        RUQSAT_PKCS11_PIN_FILE: join(dir, 'pin'),
      }).pkcs11,
    ).toEqual({ module, token: { label: 'officials' }, pin: '246810' });
    expect(
      readConfig({ RUQSAT_PKCS11_MODULE: module, RUQSAT_PKCS11_SLOT: '1', RUQSAT_PKCS11_PIN: '1111' }).pkcs11,
    ).toEqual({ module, token: { slotIndex: 1 }, pin: '1111' });
    expect(() => readConfig({ RUQSAT_PKCS11_MODULE: module, RUQSAT_PKCS11_TOKEN: 'officials' })).toThrow(
      /RUQSAT_PKCS11_PIN_FILE/,
    );
    expect(() => readConfig({ RUQSAT_PKCS11_MODULE: module, RUQSAT_PKCS11_PIN: '1111' })).toThrow(
      /RUQSAT_PKCS11_TOKEN/,
    );
    rmSync(dir, { recursive: true });
  });

  it('payment secret rotation: the new one signs, both are accepted; short secrets refused', () => {
    const c = readConfig({
      RUQSAT_PAYMENT_SECRET: 'new-secret-0123456789',
      RUQSAT_PAYMENT_SECRET_PREVIOUS: 'old-secret-0123456789',
    });
    expect(c.payments.secrets).toEqual(['new-secret-0123456789', 'old-secret-0123456789']);
    expect(() => readConfig({ RUQSAT_PAYMENT_SECRET: 'short' })).toThrow(/RUQSAT_PAYMENT_SECRET/);
    expect(() => readConfig({ RUQSAT_PAYMENT_PAGE_URL: 'http://pay.example.kz' })).toThrow(
      /RUQSAT_PAYMENT_PAGE_URL/,
    );
  });
});

describe('config: repealed services (issue 16)', () => {
  it('take applications in demo mode only: the demo default, off without the demo, refused when asked for outside it', () => {
    expect(readConfig({}).acceptRepealed).toBe(true);
    expect(readConfig({ RUQSAT_ACCEPT_REPEALED: 'false' }).acceptRepealed).toBe(false);
    expect(readConfig({ RUQSAT_DEMO: 'false' }).acceptRepealed).toBe(false);
    expect(() => readConfig({ RUQSAT_DEMO: 'false', RUQSAT_ACCEPT_REPEALED: 'true' })).toThrow(
      /RUQSAT_ACCEPT_REPEALED: .*demo mode only/,
    );
    expect(readConfig({ ...productionEnv }).acceptRepealed).toBe(false);
  });
});

describe('config: production', () => {
  it('a complete production environment', () => {
    const c = readConfig({ ...productionEnv, RUQSAT_PAYMENT_SECRET_PREVIOUS: 'old-secret-0123456789' });
    expect(c).toMatchObject({
      mode: 'production',
      production: true,
      demo: false,
      acceptRepealed: false,
      trust: { source: 'anchors', mode: 'production' },
      payments: {
        secrets: [PRODUCTION_PAYMENT_SECRET, 'old-secret-0123456789'],
        pageUrl: 'https://pay.example.kz/invoice',
      },
    });
    expect(c.trust.source === 'anchors' && c.trust.anchorFiles.length).toBe(3);
  });

  it('NODE_ENV=production or RUQSAT_MODE=production with nothing else: every demo default named at once', () => {
    const envs: Record<string, string>[] = [{ NODE_ENV: 'production' }, { RUQSAT_MODE: 'production' }];
    for (const env of envs) {
      const e = refusal(env);
      expect(e.code).toBe('config.production_refused');
      expect(e.params['variables']).toBe(
        'RUQSAT_TRUST_ANCHORS, RUQSAT_PAYMENT_SECRET, RUQSAT_PAYMENT_PAGE_URL',
      );
      expect(e.message).toMatch(/RUQSAT_PAYMENT_SECRET: missing: the payment gateway's callback secret/);
      for (const lang of ['kk', 'ru', 'en'] as const)
        expect(userMessage(e, lang)).toContain('RUQSAT_PAYMENT_SECRET');
    }
  });

  it('refuses the demo payment secret, demo logins, test trust mode and the demo admin password', () => {
    const cases: [Record<string, string>, string][] = [
      [{ RUQSAT_PAYMENT_SECRET: DEMO_PAYMENT_SECRET }, 'RUQSAT_PAYMENT_SECRET'],
      [{ RUQSAT_PAYMENT_SECRET_PREVIOUS: DEMO_PAYMENT_SECRET }, 'RUQSAT_PAYMENT_SECRET_PREVIOUS'],
      [{ RUQSAT_DEMO: 'true' }, 'RUQSAT_DEMO'],
      [{ RUQSAT_DEMO_CLOCK_SHIFT_MINUTES: '60' }, 'RUQSAT_DEMO_CLOCK_SHIFT_MINUTES'],
      [{ RUQSAT_TRUST_MODE: 'test' }, 'RUQSAT_TRUST_MODE'],
      [{ RUQSAT_TRUST: 'test-pki' }, 'RUQSAT_TRUST_ANCHORS'],
    ];
    for (const [change, variable] of cases)
      expect(refusal({ ...productionEnv, ...change }).params['variables']).toBe(variable);
  });
});
