import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  InMemoryChallengeStore,
  challengeContent,
  issueChallenge,
  login,
} from '../../src/signature/challenge.ts';
import { OcspSimulator } from '../../src/signature/revocation.ts';
import { checkSigningAuthority, roleOf } from '../../src/signature/roles.ts';
import { signAttached, signDetached, type SigningKey } from '../../src/signature/sign.ts';
import { NCA_POLICY, NCA_ROLE } from '../../src/signature/oids.ts';
import { BIN, NOW, TEST_IIN, VALID_IIN, days, fixture, type Fixture } from './fixtures.ts';

let f: Fixture;
let auth: SigningKey;
let orgAuth: SigningKey;

beforeAll(async () => {
  f = await fixture();
  auth = await f.key({ iin: TEST_IIN, purpose: 'auth' });
  orgAuth = await f.key({ iin: VALID_IIN, bin: BIN, role: 'employee', purpose: 'auth' });
});

const options = () => ({ trust: f.trust, now: NOW, revocation: new OcspSimulator() });
const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string }) => e.code,
  );

describe('login by signature', () => {
  it('sign the challenge, get a session for the IIN (and BIN)', async () => {
    const store = new InMemoryChallengeStore();
    const c = await issueChallenge(store, NOW, randomBytes);
    const session = await login(
      store,
      c.nonce,
      signAttached(challengeContent(c.nonce), auth, NOW).der,
      options(),
    );
    expect(session).toMatchObject({ iin: TEST_IIN, bin: null });
    const c2 = await issueChallenge(store, NOW, randomBytes);
    const org = await login(
      store,
      c2.nonce,
      signDetached(challengeContent(c2.nonce), orgAuth, NOW).der,
      options(),
    );
    expect(org).toMatchObject({ iin: VALID_IIN, bin: BIN });
    expect(org.signer.role).toBe('employee');
  });

  it('a replayed challenge fails', async () => {
    const store = new InMemoryChallengeStore();
    const c = await issueChallenge(store, NOW, randomBytes);
    const sig = signAttached(challengeContent(c.nonce), auth, NOW).der;
    await login(store, c.nonce, sig, options());
    expect(await code(login(store, c.nonce, sig, options()))).toBe('signature.challenge_replayed');
  });

  it('two concurrent uses: exactly one wins', async () => {
    const store = new InMemoryChallengeStore();
    const c = await issueChallenge(store, NOW, randomBytes);
    const sig = signAttached(challengeContent(c.nonce), auth, NOW).der;
    const results = await Promise.all([
      code(login(store, c.nonce, sig, options())),
      code(login(store, c.nonce, sig, options())),
    ]);
    expect(results.sort()).toEqual(['ok', 'signature.challenge_replayed']);
  });

  it('unknown, expired, signed over another challenge', async () => {
    const store = new InMemoryChallengeStore();
    expect(await code(login(store, 'made-up', new Uint8Array([0x30]), options()))).toBe(
      'signature.challenge_unknown',
    );
    const c = await issueChallenge(store, NOW, randomBytes, 60_000);
    const late = { ...options(), now: new Date(NOW.getTime() + 59_000) };
    const sig = signAttached(challengeContent(c.nonce), auth, NOW).der;
    expect(
      await code(login(store, c.nonce, sig, { ...late, now: new Date(NOW.getTime() + 61_000) })),
    ).toMatch(/challenge_(expired|unknown)/);
    const a = await issueChallenge(store, NOW, randomBytes);
    const b = await issueChallenge(store, NOW, randomBytes);
    const forA = signAttached(challengeContent(a.nonce), auth, NOW).der;
    expect(await code(login(store, b.nonce, forA, options()))).toBe('signature.content_substituted');
  });

  it('the SIGN key is refused for login (AUTH key expected)', async () => {
    const signKey = await f.key({ iin: TEST_IIN });
    const store = new InMemoryChallengeStore();
    const c = await issueChallenge(store, NOW, randomBytes);
    expect(
      await code(login(store, c.nonce, signAttached(challengeContent(c.nonce), signKey, NOW).der, options())),
    ).toBe('signature.key_usage');
  });

  it('a certificate expired since is refused at login time', async () => {
    const store = new InMemoryChallengeStore();
    const short = await f.key({ iin: TEST_IIN, purpose: 'auth', notBefore: days(-10), notAfter: days(-1) });
    const c = await issueChallenge(store, NOW, randomBytes);
    expect(
      await code(login(store, c.nonce, signAttached(challengeContent(c.nonce), short, NOW).der, options())),
    ).toBe('signature.cert_expired');
  });
});

describe('roles and powers', () => {
  it('role from the NCA EKU, most specific first; policy for older certificates', () => {
    expect(roleOf({ extKeyUsage: [NCA_ROLE.legal, NCA_ROLE.head], policies: [], bin: BIN })).toBe('head');
    expect(roleOf({ extKeyUsage: [NCA_ROLE.individual], policies: [], bin: null })).toBe('individual');
    expect(roleOf({ extKeyUsage: null, policies: [NCA_POLICY.legalSign], bin: BIN })).toBe('legal');
    expect(roleOf({ extKeyUsage: null, policies: [NCA_POLICY.individualSign], bin: null })).toBe(
      'individual',
    );
    expect(roleOf({ extKeyUsage: null, policies: [], bin: null })).toBe('unknown');
  });

  const powers = [{ bin: BIN, iin: VALID_IIN, powers: ['license.apply'] }];
  const check = (signer: Parameters<typeof checkSigningAuthority>[0], bin: string | null, power: string) => {
    try {
      checkSigningAuthority(signer, { bin, power }, powers);
      return 'ok';
    } catch (e) {
      return (e as { code: string }).code;
    }
  };

  it('the head signs for the own organisation; an employee only within recorded powers', () => {
    expect(check({ iin: TEST_IIN, bin: BIN, role: 'head' }, BIN, 'anything')).toBe('ok');
    expect(check({ iin: VALID_IIN, bin: BIN, role: 'employee' }, BIN, 'license.apply')).toBe('ok');
    expect(check({ iin: VALID_IIN, bin: BIN, role: 'employee' }, BIN, 'license.reissue')).toBe(
      'signature.power_missing',
    );
    expect(check({ iin: TEST_IIN, bin: BIN, role: 'employee' }, BIN, 'license.apply')).toBe(
      'signature.power_missing',
    );
    expect(check({ iin: TEST_IIN, bin: BIN, role: 'head' }, '990340000012', 'x')).toBe(
      'signature.bin_mismatch',
    );
    expect(check({ iin: TEST_IIN, bin: null, role: 'individual' }, BIN, 'x')).toBe(
      'signature.role_not_allowed',
    );
    expect(check({ iin: TEST_IIN, bin: null, role: 'individual' }, null, 'x')).toBe('ok');
    expect(check({ iin: TEST_IIN, bin: BIN, role: 'employee' }, null, 'x')).toBe(
      'signature.role_not_allowed',
    );
  });
});
