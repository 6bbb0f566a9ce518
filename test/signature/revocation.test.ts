import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate } from '../../src/signature/certificate.ts';
import { httpFetcher, httpPost, httpRevocation } from '../../src/signature/http-revocation.ts';
import {
  OcspSimulator,
  cachedSource,
  checkCrl,
  checkOcspResponse,
  crlSource,
  firstDefinite,
  ocspRequest,
  ocspRespond,
  ocspSource,
  parseCrl,
  type RevocationSource,
} from '../../src/signature/revocation.ts';
import { signDetached, type SigningKey } from '../../src/signature/sign.ts';
import { createCrl } from '../../src/signature/test-pki.ts';
import { verifySignature } from '../../src/signature/verify.ts';
import { NOW, TEST_IIN, days, fixture, type Fixture } from './fixtures.ts';

const CONTENT = new Uint8Array(Buffer.from('application 42'));
let f: Fixture;
let signer: SigningKey;
let crl: Uint8Array;
let server: Server;
let base: string;
const revoked = new Map<string, Date>();
let up = true;
/** Every request the loopback CA received. */
const hits: string[] = [];

beforeAll(async () => {
  f = await fixture();
  signer = await f.key({ iin: TEST_IIN });
  crl = await createCrl(f.pki.ca, [{ serial: signer.certificate.serial, revokedAt: days(-1) }], NOW);
  const ca = { certificate: parseCertificate(f.pki.ca.certificate), key: f.pki.ca.key };
  // A real OCSP responder and CRL distribution point on the loopback, for the HTTP adapters.
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hits.push(`${req.method} ${req.url}`);
      if (!up) {
        res.writeHead(503).end();
        return;
      }
      if (req.method === 'POST' && req.url === '/ocsp') {
        res.writeHead(200, { 'content-type': 'application/ocsp-response' });
        res.end(ocspRespond(new Uint8Array(Buffer.concat(chunks)), ca, revoked, NOW));
      } else if (req.url === '/ca.crl') res.writeHead(200).end(crl);
      else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const verify = (revocation: RevocationSource, now = NOW) =>
  verifySignature(signDetached(CONTENT, signer, NOW).der, {
    trust: f.trust,
    now,
    content: CONTENT,
    revocation,
  });

/** The adapters use the certificate's URLs; point them at the local server. */
const local = (path: string) => (_url: string) => `${base}${path}`;

describe('revocation', () => {
  it('revoked by CRL: signature.revoked_crl, with the date', async () => {
    const r = await verify(crlSource(async () => crl));
    expect(r.code).toBe('signature.revoked_crl');
    expect(r.params['revokedAt']).toBe(days(-1).toISOString());
  });

  it('revoked by OCSP (simulator): signature.revoked_ocsp', async () => {
    const ocsp = new OcspSimulator([{ serial: signer.certificate.serial, revokedAt: days(-1) }]);
    expect((await verify(ocsp)).code).toBe('signature.revoked_ocsp');
  });

  it('a CRL signed by someone else is not believed (unavailable, not "good")', async () => {
    const other = await fixture();
    const forged = parseCrl(await createCrl(other.pki.ca, [], NOW));
    const ca = parseCertificate(f.pki.ca.certificate);
    expect(checkCrl(forged, signer.certificate, ca, NOW).status).not.toBe('good');
  });

  it('a stale CRL is "unavailable"', () => {
    const ca = parseCertificate(f.pki.ca.certificate);
    expect(checkCrl(parseCrl(crl), signer.certificate, ca, days(3)).status).toBe('unavailable');
  });

  it('OCSP first, CRL when OCSP is down; both down → indeterminate, then a retry succeeds', async () => {
    const ocsp = new OcspSimulator();
    ocsp.unavailable = 'timeout';
    expect((await verify(firstDefinite([ocsp, crlSource(async () => crl)]))).code).toBe(
      'signature.revoked_crl',
    );
    const failing = crlSource(async () => {
      throw new Error('ECONNREFUSED');
    });
    const r = await verify(firstDefinite([ocsp, failing]));
    expect(r.status).toBe('indeterminate');
    expect(r.revocation).toMatchObject({ checked: false, at: NOW.toISOString() });
    expect(String(r.params['reason'])).toMatch(/ocsp: timeout; crl: .*ECONNREFUSED/);
    ocsp.unavailable = null;
    expect((await verify(firstDefinite([ocsp, failing]))).code).toBe('ok');
  });

  it('answers are cached; "unavailable" is not', async () => {
    const ocsp = new OcspSimulator();
    const cached = cachedSource(ocsp, 60_000);
    await verify(cached);
    await verify(cached);
    expect(ocsp.calls).toBe(1); // the leaf once; the test CA names no revocation source
    ocsp.unavailable = 'down';
    const fresh = cachedSource(ocsp, 60_000);
    await verify(fresh);
    await verify(fresh);
    expect(ocsp.calls).toBe(3);
  });

  it('real OCSP over HTTP: good, then revoked; a 503 is "not checked"', async () => {
    const source = ocspSource(async (url, body) => httpPost(2000)(local('/ocsp')(url), body));
    expect((await verify(source)).code).toBe('ok');
    revoked.set(signer.certificate.serial, days(-2));
    const r = await verify(source);
    expect(r.code).toBe('signature.revoked_ocsp');
    expect(r.params['revokedAt']).toBe(days(-2).toISOString());
    revoked.clear();
    up = false;
    expect((await verify(source)).status).toBe('indeterminate');
    up = true;
  });

  describe('an OCSP answer cannot be replayed', () => {
    const ca = () => ({ certificate: parseCertificate(f.pki.ca.certificate), key: f.pki.ca.key });
    /** An attacker between Ruqsat and the responder, answering every request with `recorded`. */
    const replaying = (recorded: Uint8Array) => ocspSource(async () => recorded);

    it('an 11-month-old "good" answer without nextUpdate is stale: the CRL that lists the key decides', async () => {
      const then = days(-330);
      const recorded = ocspRespond(ocspRequest(signer.certificate, ca().certificate), ca(), new Map(), then, {
        nextUpdate: false,
      });
      const issuer = ca().certificate;
      expect(checkOcspResponse(recorded, signer.certificate, issuer, then).status).toBe('good');
      expect(checkOcspResponse(recorded, signer.certificate, issuer, NOW)).toMatchObject({
        status: 'unavailable',
        reason: expect.stringMatching(/older than 1440 min/),
      });
      const r = await verify(firstDefinite([replaying(recorded), crlSource(async () => crl)]));
      expect(r.code).toBe('signature.revoked_crl');
    });

    it('a fresh answer to another request (its nonce) is refused too', async () => {
      const other = ocspRequest(signer.certificate, ca().certificate, new Uint8Array(16).fill(7));
      const recorded = ocspRespond(other, ca(), new Map(), NOW);
      const r = await verify(firstDefinite([replaying(recorded), crlSource(async () => crl)]));
      expect(r.code).toBe('signature.revoked_crl');
      // The same answer, were the nonce ours, would have been believed.
      expect(
        checkOcspResponse(recorded, signer.certificate, ca().certificate, NOW, {
          nonce: new Uint8Array(16).fill(7),
        }).status,
      ).toBe('good');
    });

    it('the age limit is a setting', () => {
      const recorded = ocspRespond(
        ocspRequest(signer.certificate, ca().certificate),
        ca(),
        new Map(),
        days(-2),
        {
          nextUpdate: false,
        },
      );
      const issuer = ca().certificate;
      expect(checkOcspResponse(recorded, signer.certificate, issuer, NOW).status).toBe('unavailable');
      expect(
        checkOcspResponse(recorded, signer.certificate, issuer, NOW, { maxAgeMs: 3 * 86_400_000 }).status,
      ).toBe('good');
    });
  });

  it('real CRL over HTTP', async () => {
    const source = crlSource(async (url) => httpFetcher(2000)(local('/ca.crl')(url)));
    expect((await verify(source)).code).toBe('signature.revoked_crl');
  });

  it("the production adapter (as `RUQSAT_TRUST=anchors` configures it) asks the certificate's own URLs, and caches", async () => {
    const own = await f.key({ iin: TEST_IIN, crlUrl: `${base}/ca.crl`, ocspUrl: `${base}/ocsp` });
    const check = (revocation: RevocationSource) =>
      verifySignature(signDetached(CONTENT, own, NOW).der, {
        trust: f.trust,
        now: NOW,
        content: CONTENT,
        revocation,
      });
    hits.length = 0;
    const adapter = httpRevocation(2000, 300_000);
    const first = await check(adapter);
    expect(first).toMatchObject({
      status: 'valid',
      revocation: { checked: true, source: 'ocsp' },
    });
    // The answer (thisUpdate NOW, nextUpdate an hour later) is kept: the second check asks no one.
    await check(adapter);
    expect(hits).toEqual(['POST /ocsp']);
    // The CA down (responder and distribution point): indeterminate, asked both, cached nothing;
    // back up, the next check asks again and sees the revocation.
    up = false;
    const fresh = httpRevocation(2000, 300_000);
    hits.length = 0;
    try {
      expect((await check(fresh)).status).toBe('indeterminate');
      up = true;
      revoked.set(own.certificate.serial, days(-1));
      expect((await check(fresh)).code).toBe('signature.revoked_ocsp');
    } finally {
      up = true;
      revoked.delete(own.certificate.serial);
    }
    expect(hits).toEqual(['POST /ocsp', 'GET /ca.crl', 'POST /ocsp']);
  });

  it('the production adapter against an unreachable CA: indeterminate, not a failure', async () => {
    // The test certificates point at pki.ruqsat.test, which never resolves.
    const r = await verify(httpRevocation(500));
    expect(r.status).toBe('indeterminate');
    expect(r.code).toBe('signature.revocation_unavailable');
  });
});
