/**
 * The test PKI on disk (default ./data/pki): the CA certificates and keys in PEM, the CRL, and
 * `state.json` with the certificates issued and revoked (the OCSP simulator's state). The I/O
 * edge of test-pki.ts; the keys here are test keys and are written unencrypted on purpose.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createPrivateKey, randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { checkId } from '../identity/iin-bin.ts';
import { certificatesIn, parseCertificate, pemBlocks, toPem } from './certificate.ts';
import type { TrustMode, TrustStore } from './checks.ts';
import { pkcs12Certificates, writePkcs12 } from './pkcs12.ts';
import {
  OcspSimulator,
  cachedSource,
  crlSource,
  firstDefinite,
  type RevocationSource,
} from './revocation.ts';
import {
  TEST_CRL_URL,
  createCrl,
  createTestCa,
  issueCertificate,
  type IssueRequest,
  type Issued,
  type TestCa,
} from './test-pki.ts';

export const DEFAULT_PKI_DIR = 'data/pki';

/**
 * The folder `serve` keeps its test PKI in, by the same rule as src/config.ts: RUQSAT_PKI_DIR,
 * else `<DATA_DIR>/pki` — so `ruqsat pki issue` issues keys the server started with the same
 * environment trusts.
 */
export function defaultPkiDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['RUQSAT_PKI_DIR'] || (env['DATA_DIR'] ? join(env['DATA_DIR'], 'pki') : DEFAULT_PKI_DIR);
}
/** The password the national CA uses for its published test keys, kept for familiarity. */
export const DEFAULT_TEST_PASSWORD = 'Qwerty12';

export interface PkiState {
  issued: {
    serial: string;
    iin: string;
    bin: string | null;
    role: string;
    purpose: string;
    file: string;
    issuedAt: string;
  }[];
  revoked: { serial: string; revokedAt: string }[];
}

const files = (dir: string) => ({
  rootCert: join(dir, 'root.cert.pem'),
  rootKey: join(dir, 'root.key.pem'),
  caCert: join(dir, 'ca.cert.pem'),
  caKey: join(dir, 'ca.key.pem'),
  crl: join(dir, 'ca.crl'),
  state: join(dir, 'state.json'),
});

const readIssued = (certPath: string, keyPath: string): Issued => {
  const der = pemBlocks(readFileSync(certPath, 'utf8'), 'CERTIFICATE')[0];
  if (der === undefined)
    throw new AppError('pki.not_initialized', `no certificate in ${certPath}`, { dir: certPath });
  return { certificate: der, key: createPrivateKey(readFileSync(keyPath, 'utf8')) };
};

const writeIssued = (issued: Issued, certPath: string, keyPath: string) => {
  writeFileSync(certPath, toPem(issued.certificate, 'CERTIFICATE'));
  writeFileSync(keyPath, issued.key.export({ type: 'pkcs8', format: 'pem' }).toString(), { mode: 0o600 });
};

/** Creates the root and issuing CA in `dir` with an empty CRL. */
export async function initPki(dir: string, now: Date): Promise<TestCa> {
  const f = files(dir);
  if (existsSync(f.caCert)) throw new AppError('pki.already_initialized', `${dir} has a PKI`, { dir });
  mkdirSync(dir, { recursive: true });
  const pki = await createTestCa(now);
  writeIssued(pki.root, f.rootCert, f.rootKey);
  writeIssued(pki.ca, f.caCert, f.caKey);
  writeFileSync(f.crl, await createCrl(pki.ca, [], now));
  writeFileSync(f.state, `${JSON.stringify({ issued: [], revoked: [] } satisfies PkiState, null, 2)}\n`);
  return pki;
}

/**
 * The test PKI in `dir`, created on the first call: in a folder beside it, then renamed into
 * place, so that two servers starting at once on a shared folder end up with one CA.
 */
export async function openPki(dir: string, now: Date): Promise<TestCa> {
  if (!existsSync(files(dir).caCert)) {
    if (existsSync(dir)) await initPki(dir, now);
    else {
      mkdirSync(dirname(dir), { recursive: true });
      const fresh = `${dir}.init-${randomBytes(6).toString('hex')}`;
      await initPki(fresh, now);
      try {
        renameSync(fresh, dir);
      } catch (error) {
        // Another process put its PKI there first: use that one.
        rmSync(fresh, { recursive: true, force: true });
        if (!existsSync(files(dir).caCert)) throw error;
      }
    }
  }
  const { root, ca } = loadPki(dir);
  return { root, ca };
}

/**
 * Reads `state.json` again when it changed and returns the revocations it lists (all of them;
 * revoking twice is harmless), else none.
 */
export function revokedListWatcher(dir: string): () => { serial: string; revokedAt: Date }[] {
  const path = files(dir).state;
  let seen = -1;
  return () => {
    const mtime = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (mtime === seen) return [];
    seen = mtime;
    const state = JSON.parse(readFileSync(path, 'utf8')) as PkiState;
    return state.revoked.map((r) => ({ serial: r.serial, revokedAt: new Date(r.revokedAt) }));
  };
}

export function loadPki(dir: string): TestCa & { state: PkiState } {
  const f = files(dir);
  if (!existsSync(f.caCert) || !existsSync(f.state))
    throw new AppError('pki.not_initialized', `no PKI in ${dir}`, { dir });
  return {
    root: readIssued(f.rootCert, f.rootKey),
    ca: readIssued(f.caCert, f.caKey),
    state: JSON.parse(readFileSync(f.state, 'utf8')) as PkiState,
  };
}

function checkIdArgument(value: string, kind: 'iin' | 'bin', mode: TrustMode): void {
  const check = checkId(value);
  if (check.valid && check.kind === kind) return;
  // The national CA's test certificates carry IINs that fail the control digit; so may ours.
  if (mode === 'test' && /^\d{12}$/.test(value.trim())) return;
  throw new AppError('pki.invalid_id', `invalid ${kind} ${value}`, {
    value,
    kind: kind.toUpperCase(),
    error: check.valid ? `a ${check.kind.toUpperCase()}` : check.error,
  });
}

/** Issues a certificate into a PKCS#12 file at `out` and records it in the state. */
export async function issueToFile(
  dir: string,
  request: IssueRequest,
  out: string,
  password: string,
  now: Date,
  options: { allowTestIds?: boolean } = {},
): Promise<{ serial: string; subject: string }> {
  const pki = loadPki(dir);
  const mode: TrustMode = options.allowTestIds === false ? 'production' : 'test';
  checkIdArgument(request.iin, 'iin', mode);
  if (request.bin !== undefined) checkIdArgument(request.bin, 'bin', mode);
  const issued = await issueCertificate(pki.ca, request, now);
  const cert = parseCertificate(issued.certificate);
  writeFileSync(
    out,
    writePkcs12(
      new Uint8Array(issued.key.export({ type: 'pkcs8', format: 'der' })),
      issued.certificate,
      [pki.ca.certificate, pki.root.certificate],
      password,
    ),
  );
  pki.state.issued.push({
    serial: cert.serial,
    iin: request.iin,
    bin: request.bin ?? null,
    role: request.role ?? (request.bin === undefined ? 'individual' : 'official'),
    purpose: request.purpose ?? 'sign',
    file: out,
    issuedAt: now.toISOString(),
  });
  writeFileSync(files(dir).state, `${JSON.stringify(pki.state, null, 2)}\n`);
  return { serial: cert.serial, subject: cert.subject };
}

/** Revokes the certificate in a PKCS#12 file (or given by serial): state, then a new CRL. */
export async function revokeInPki(
  dir: string,
  target: { p12: Uint8Array } | { serial: string },
  now: Date,
): Promise<{ serial: string }> {
  const pki = loadPki(dir);
  const caCert = parseCertificate(pki.ca.certificate);
  const serial =
    'serial' in target
      ? target.serial.toLowerCase().replace(/^0+(?=.)/, '')
      : (pkcs12Certificates(target.p12)
          .map(parseCertificate)
          .find((c) => !c.isCa && c.issuer === caCert.subject)?.serial ?? '');
  if (!pki.state.issued.some((i) => i.serial === serial))
    throw new AppError('pki.unknown_certificate', `serial ${serial} not issued here`, {
      serial: serial || '—',
    });
  if (!pki.state.revoked.some((r) => r.serial === serial))
    pki.state.revoked.push({ serial, revokedAt: now.toISOString() });
  const f = files(dir);
  writeFileSync(f.state, `${JSON.stringify(pki.state, null, 2)}\n`);
  writeFileSync(
    f.crl,
    await createCrl(
      pki.ca,
      pki.state.revoked.map((r) => ({ serial: r.serial, revokedAt: new Date(r.revokedAt) })),
      now,
    ),
  );
  return { serial };
}

/** The test PKI as a trust store: its root the anchor, its issuing CA an intermediate. */
export function trustFromPki(dir: string, mode: TrustMode = 'test'): TrustStore {
  const f = files(dir);
  if (!existsSync(f.caCert)) throw new AppError('pki.not_initialized', `no PKI in ${dir}`, { dir });
  const certs = (path: string) => pemBlocks(readFileSync(path, 'utf8'), 'CERTIFICATE').map(parseCertificate);
  return { mode, anchors: certs(f.rootCert), intermediates: certs(f.caCert) };
}

/**
 * Trust anchors from certificate files, PEM or DER (the national CA's roots in production). A
 * file that cannot be read or holds no certificate is refused, naming the file and `settings`'
 * variable (or option), so that a deployment never starts trusting less than it was told.
 */
export function trustFromPemFiles(
  anchors: readonly string[],
  intermediates: readonly string[],
  mode: TrustMode,
  settings: { anchors: string; intermediates: string } = {
    anchors: '--trust-anchor',
    intermediates: '--intermediate',
  },
): TrustStore {
  const certs = (paths: readonly string[], setting: string) =>
    paths.flatMap((file) => {
      const refuse = (reason: string, cause?: unknown) =>
        new AppError(
          'pki.trust_file_unreadable',
          `${setting}: ${file}: ${reason}`,
          { file, setting, reason },
          { cause },
        );
      let found: Uint8Array[];
      try {
        found = certificatesIn(new Uint8Array(readFileSync(file)));
      } catch (error) {
        throw refuse(error instanceof Error ? error.message : String(error), error);
      }
      if (found.length === 0) throw refuse('no certificate in it');
      try {
        return found.map(parseCertificate);
      } catch (error) {
        throw refuse('not a certificate', error);
      }
    });
  return {
    mode,
    anchors: certs(anchors, settings.anchors),
    intermediates: certs(intermediates, settings.intermediates),
  };
}

/**
 * Revocation for the test PKI: the OCSP simulator fed from state.json first, then the CRL file
 * that the certificates' distribution point names.
 */
export function revocationFromPki(dir: string): RevocationSource {
  const { state } = loadPki(dir);
  const ocsp = new OcspSimulator(
    state.revoked.map((r) => ({ serial: r.serial, revokedAt: new Date(r.revokedAt) })),
  );
  const crl = crlSource(async (url) => {
    if (url !== TEST_CRL_URL) throw new Error(`unknown CRL ${url}`);
    return new Uint8Array(readFileSync(files(dir).crl));
  });
  return firstDefinite([cachedSource(ocsp), cachedSource(crl)]);
}
