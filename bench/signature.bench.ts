/**
 * CMS verification throughput: every submission and every issued result goes through it. The
 * figure is the pure part (`verifyOffline`: parse, digest, RSA-2048 signature, chain of two
 * issuer signatures, validity, key usage, IIN); revocation answers are cached per certificate,
 * so a warm verification adds a map lookup.
 */
import { parseCertificate } from '../src/signature/certificate.ts';
import type { TrustStore } from '../src/signature/checks.ts';
import { signDetached } from '../src/signature/sign.ts';
import { createTestCa, issueCertificate } from '../src/signature/test-pki.ts';
import { verifyOffline } from '../src/signature/verify.ts';
import { figure, opsPerSecond, type Benchmark } from './harness.ts';

async function setup(keyAlgorithm: 'rsa' | 'ecdsa') {
  const now = new Date('2026-03-02T09:00:00Z');
  const pki = await createTestCa(new Date(now.getTime() - 86_400_000));
  const issued = await issueCertificate(pki.ca, { iin: '123456789011', keyAlgorithm }, now);
  const ca = parseCertificate(pki.ca.certificate);
  const content = new Uint8Array(
    Buffer.from(JSON.stringify({ service: 'S-003-01', fields: 'x'.repeat(2000) })),
  );
  const sig = signDetached(
    content,
    { key: issued.key, certificate: parseCertificate(issued.certificate), chain: [ca] },
    now,
  );
  const trust: TrustStore = {
    mode: 'test',
    anchors: [parseCertificate(pki.root.certificate)],
    intermediates: [],
  };
  return { now, content, der: sig.der, trust };
}

const bench = (name: string, keyAlgorithm: 'rsa' | 'ecdsa'): Benchmark => ({
  name,
  run: async () => {
    const { now, content, der, trust } = await setup(keyAlgorithm);
    return figure(
      name,
      opsPerSecond(() => verifyOffline(der, { trust, now, content }), { minMs: 1000 }),
      'verifications/s',
      null,
      `detached CMS, ${keyAlgorithm === 'rsa' ? 'RSA-2048' : 'ECDSA P-256'} signer under an RSA-2048 CA, 2 kB content, chain of 3`,
    );
  },
});

export const benchmarks: Benchmark[] = [
  bench('signature.verify', 'rsa'),
  bench('signature.verify.ecdsa', 'ecdsa'),
];
