/**
 * One test PKI per test file: CA, signers of each kind, and the certificates each failure
 * test needs (expired, not yet valid, wrong key usage, from an unknown CA).
 */
import { parseCertificate } from '../../src/signature/certificate.ts';
import type { TrustStore } from '../../src/signature/checks.ts';
import type { SigningKey } from '../../src/signature/sign.ts';
import {
  createTestCa,
  issueCertificate,
  type IssueRequest,
  type TestCa,
} from '../../src/signature/test-pki.ts';
import { withControlDigit } from '../../src/identity/iin-bin.ts';

export const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

/** NCA-style test IIN: fails the control digit on purpose. */
export const TEST_IIN = '123456789011';
export const VALID_IIN = withControlDigit('90010130001') ?? '';
export const BIN = withControlDigit('04084000001') ?? '';

export interface Fixture {
  pki: TestCa;
  trust: TrustStore;
  productionTrust: TrustStore;
  key: (request: IssueRequest) => Promise<SigningKey>;
}

export async function fixture(): Promise<Fixture> {
  const pki = await createTestCa(new Date(NOW.getTime() - 30 * DAY));
  const root = parseCertificate(pki.root.certificate);
  const ca = parseCertificate(pki.ca.certificate);
  return {
    pki,
    trust: { mode: 'test', anchors: [root], intermediates: [ca] },
    productionTrust: { mode: 'production', anchors: [root], intermediates: [ca] },
    key: async (request) => {
      const issued = await issueCertificate(pki.ca, request, NOW);
      return { key: issued.key, certificate: parseCertificate(issued.certificate), chain: [ca] };
    },
  };
}

export const days = (n: number) => new Date(NOW.getTime() + n * DAY);
