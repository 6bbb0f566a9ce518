/**
 * The engine's EDS port implemented with this module: verification against a trust store and
 * a revocation source, signing with the keys the deployment holds for its officials, and — for
 * development and demos — an in-memory test PKI that issues a key to any demo person on demand.
 */
import { KeyObject } from 'node:crypto';
import type { EdsPort } from '../cases/eds.ts';
import type { SignatureCheck } from '../cases/model.ts';
import { parseCertificate } from './certificate.ts';
import type { TrustStore } from './checks.ts';
import type { OfficialKeys } from './official-keys.ts';
import { OcspSimulator, type RevocationSource } from './revocation.ts';
import type { SigningKey } from './sign.ts';
import { nodeSigner, signResult } from './signer.ts';
import { TIME_STAMPING, TsaSimulator, type TimeStampAuthority } from './timestamp.ts';
import { createTestCa, issueCertificate, type PkiRole, type TestCa } from './test-pki.ts';
import { openPki, revokedListWatcher } from './pki-files.ts';
import { verifySignature } from './verify.ts';

export class SignatureService implements EdsPort {
  constructor(
    private readonly trust: TrustStore,
    private readonly revocation: RevocationSource | null,
    private readonly keyOf: OfficialKeys,
    /** Where the signed time of results comes from (CAdES-T); none: the signer's own signingTime. */
    private readonly tsa: TimeStampAuthority | null = null,
  ) {}

  async verify(
    signature: string,
    content: Uint8Array,
    expect: { iin?: string; bin?: string },
    now: Date,
  ): Promise<SignatureCheck> {
    const r = await verifySignature(Buffer.from(signature, 'base64'), {
      trust: this.trust,
      now,
      content,
      expectIin: expect.iin,
      expectBin: expect.bin,
      purpose: 'sign',
      revocation: this.revocation,
    });
    return {
      status: r.status,
      code: r.code,
      signer:
        r.signer === null
          ? null
          : { iin: r.signer.iin, bin: r.signer.bin, role: r.signer.role, subject: r.signer.subject },
      signedAt: r.signedAt,
      checkedAt: now.toISOString(),
      reason:
        r.status === 'valid'
          ? null
          : r.revocation !== null && !r.revocation.checked
            ? r.revocation.reason
            : r.message,
      cms: signature,
    };
  }

  async sign(officialId: string, content: Uint8Array, now: Date) {
    const key = await this.keyOf(officialId);
    if (key === null) return null;
    const cms = await signResult(content, key, now, { tsa: this.tsa });
    const identity = key.certificate;
    return { cms: cms.base64, signer: { iin: null, bin: null, role: 'official', subject: identity.subject } };
  }
}

/**
 * A test CA that issues a signing key per person on first use (demo and tests only): in memory
 * (`create`), or kept in a folder (`open`) so that what it signed still verifies after a restart
 * and keys made with `ruqsat pki issue --dir` in that folder are trusted.
 */
export class DemoPki {
  readonly ocsp = new OcspSimulator();
  private readonly keys = new Map<string, Promise<SigningKey>>();

  private constructor(
    private readonly ca: TestCa,
    private readonly notBefore: Date,
    /** For a PKI in a folder: the revocations `ruqsat pki revoke` recorded since the last look. */
    private readonly newlyRevoked: (() => readonly { serial: string; revokedAt: Date }[]) | null = null,
  ) {}

  static async create(now: Date): Promise<DemoPki> {
    return new DemoPki(await createTestCa(now), now);
  }

  /** The test PKI in `dir`: created there on the first start, read from there on every later one. */
  static async open(dir: string, now: Date): Promise<DemoPki> {
    const ca = await openPki(dir, now);
    return new DemoPki(ca, now, revokedListWatcher(dir));
  }

  /**
   * The OCSP simulator, told first of the revocations recorded in the folder (a running server
   * sees `ruqsat pki revoke` at its next check).
   */
  get revocation(): RevocationSource {
    const newlyRevoked = this.newlyRevoked;
    if (newlyRevoked === null) return this.ocsp;
    const ocsp = this.ocsp;
    return {
      name: 'ocsp',
      check: async (cert, issuer, now) => {
        for (const r of newlyRevoked()) ocsp.revoke(r.serial, r.revokedAt);
        return ocsp.check(cert, issuer, now);
      },
    };
  }

  get trust(): TrustStore {
    return {
      mode: 'test',
      anchors: [parseCertificate(this.ca.root.certificate)],
      intermediates: [parseCertificate(this.ca.ca.certificate)],
    };
  }

  /**
   * The TSA simulator: stamps with a key this PKI issues at start (id-kp-timeStamping) at the
   * clock's time. Its certificate travels in each token, so a token stays verifiable after a
   * restart issues another key.
   */
  async timeStampAuthority(clock: () => Date): Promise<TsaSimulator> {
    const issued = await issueCertificate(
      this.ca.ca,
      { iin: DEMO_TSA_IIN, surname: 'RUQSAT TSA', givenName: 'TEST', extKeyUsage: [TIME_STAMPING] },
      this.notBefore,
    );
    const key: SigningKey = {
      key: issued.key instanceof KeyObject ? issued.key : KeyObject.from(issued.key),
      certificate: parseCertificate(issued.certificate),
      chain: [parseCertificate(this.ca.ca.certificate)],
    };
    return new TsaSimulator(key, clock);
  }

  /** A holder's demo key: SIGN (documents, the default) or AUTH (login), as the NCA issues them in pairs. */
  keyFor(holder: {
    iin: string;
    bin?: string;
    role: PkiRole;
    purpose?: 'sign' | 'auth';
  }): Promise<SigningKey> {
    const purpose = holder.purpose ?? 'sign';
    const id = `${holder.role}:${holder.iin}:${holder.bin ?? ''}${purpose === 'sign' ? '' : `:${purpose}`}`;
    let key = this.keys.get(id);
    if (key === undefined) {
      key = issueCertificate(
        this.ca.ca,
        { iin: holder.iin, bin: holder.bin, role: holder.role, purpose },
        this.notBefore,
      ).then((issued) => ({
        key: issued.key instanceof KeyObject ? issued.key : KeyObject.from(issued.key),
        certificate: parseCertificate(issued.certificate),
        chain: [parseCertificate(this.ca.ca.certificate)],
      }));
      this.keys.set(id, key);
    }
    return key;
  }

  /** An official's key: their configured one when `configured` has it, else a demo key. */
  officialKeys(
    officialIin: (officialId: string) => string | null,
    configured: OfficialKeys = async () => null,
  ): OfficialKeys {
    return async (officialId) => {
      const own = await configured(officialId);
      if (own !== null) return own;
      const iin = officialIin(officialId);
      return iin === null
        ? null
        : nodeSigner(await this.keyFor({ iin, bin: DEMO_PROVIDER_BIN, role: 'official' }));
    };
  }

  /** The port, signing with `officialKeys`. */
  service(
    officialIin: (officialId: string) => string | null,
    configured: OfficialKeys = async () => null,
    tsa: TimeStampAuthority | null = null,
  ): SignatureService {
    return new SignatureService(this.trust, this.revocation, this.officialKeys(officialIin, configured), tsa);
  }
}

/** The IIN in the demo TSA's certificate (the test PKI's subjects all carry one). */
const DEMO_TSA_IIN = '000000000000';

/** The BIN the demo officials' certificates carry: valid by its control digit, held by no demo company. */
export const DEMO_PROVIDER_BIN = '000140000012';
