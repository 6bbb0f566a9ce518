/**
 * RFC 3161 time-stamps: the national CA's own token (GOST-signed) is read and checked, and
 * results Ruqsat signs get a token from the TSA port (CAdES-T), through the simulator and the
 * HTTP adapter; a trusted time makes a later revocation harmless.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { TimeStampReq } from '@peculiar/asn1-tsp';
import { AppError } from '../../src/errors/app-error.ts';
import { certificatesIn, parseCertificate } from '../../src/signature/certificate.ts';
import { OcspSimulator } from '../../src/signature/revocation.ts';
import { signDetached, type SigningKey } from '../../src/signature/sign.ts';
import {
  TIME_STAMPING,
  TsaSimulator,
  addTimeStamps,
  httpTsa,
  verifyTimeStampToken,
  type TimeStampAuthority,
} from '../../src/signature/timestamp.ts';
import { verifySignature } from '../../src/signature/verify.ts';
import { DemoPki } from '../../src/signature/service.ts';
import { NOW, TEST_IIN, VALID_IIN, days, fixture, type Fixture } from './fixtures.ts';

const NCA = join(import.meta.dirname, '..', 'fixtures', 'nca');
const CONTENT = new Uint8Array(Buffer.from('licence 42'));
let f: Fixture;
let signer: SigningKey;
let tsaKey: SigningKey;
let tsa: TsaSimulator;
let server: Server;
let url: string;
const STAMPED_AT = new Date(NOW.getTime() + 60_000);

beforeAll(async () => {
  f = await fixture();
  signer = await f.key({ iin: TEST_IIN });
  tsaKey = await f.key({ iin: TEST_IIN, extKeyUsage: [TIME_STAMPING] });
  tsa = new TsaSimulator(tsaKey, () => STAMPED_AT);
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void tsa.stamp(new Uint8Array(Buffer.concat(chunks))).then((body) => {
        res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsp`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const verify = (der: Uint8Array, revocation = new OcspSimulator(), now = days(1)) =>
  verifySignature(der, { trust: f.trust, now, content: CONTENT, revocation });

const reasonOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${String(error.params['reason'])}` : String(error);
  }
};

describe('the national CA’s time-stamp token', () => {
  const gostCa = parseCertificate(
    certificatesIn(new Uint8Array(readFileSync(join(NCA, 'ca/nca_gost_test.crt'))))[0] as Uint8Array,
  );
  const token = new Uint8Array(readFileSync(join(NCA, 'tsp/tsp_token.bin')));
  const trust = { mode: 'test' as const, anchors: [gostCa], intermediates: [] };

  it('its GOST 34.310-2004 signature, TSA chain and usage verify; it stamps other data than ours', () => {
    // Everything is checked before the imprint, so reaching "stamps other data" means the
    // token's signature, the TSA certificate's chain to ҰКО 3.0 (GOST TEST) and its usage held.
    expect(reasonOf(() => verifyTimeStampToken(token, new Uint8Array([1]), trust))).toBe(
      'signature.timestamp_invalid: the token stamps other data',
    );
  });

  it('a changed byte in it, or no trusted TSA chain, is timestamp_invalid for another reason', () => {
    const bad = new Uint8Array(token);
    bad[1300] = (bad[1300] as number) ^ 1; // inside the TSA's signature value
    expect(reasonOf(() => verifyTimeStampToken(bad, new Uint8Array([1]), trust))).toMatch(
      /^signature.timestamp_invalid: signature.invalid_signature/,
    );
    expect(reasonOf(() => verifyTimeStampToken(token, new Uint8Array([1]), f.trust))).toMatch(
      /^signature.timestamp_invalid: no path to a trust anchor/,
    );
  });
});

describe('CAdES-T: results get a time-stamp after signing', () => {
  it('the simulator stamps each signer; the verifier reports the trusted time', async () => {
    const stamped = await addTimeStamps(signDetached(CONTENT, signer, NOW).der, tsa);
    const r = await verify(stamped);
    expect(r.code).toBe('ok');
    expect(r.timeStamp).toEqual({ genTime: STAMPED_AT.toISOString(), tsa: tsaKey.certificate.subject });
    expect(r.signedAt).toBe(STAMPED_AT.toISOString());
  });

  it('the HTTP adapter (RFC 3161 over HTTP) gives the same', async () => {
    const stamped = await addTimeStamps(signDetached(CONTENT, signer, NOW).der, httpTsa(url, 2000));
    expect((await verify(stamped)).timeStamp?.genTime).toBe(STAMPED_AT.toISOString());
  });

  it('a revocation after the stamped time does not undo the signature; one before does', async () => {
    const stamped = await addTimeStamps(signDetached(CONTENT, signer, NOW).der, tsa);
    const later = new OcspSimulator([{ serial: signer.certificate.serial, revokedAt: days(0.5) }]);
    expect((await verify(stamped, later)).code).toBe('ok');
    const unstamped = signDetached(CONTENT, signer, NOW).der;
    expect((await verify(unstamped, later)).code).toBe('signature.revoked_ocsp');
    const before = new OcspSimulator([
      { serial: signer.certificate.serial, revokedAt: new Date(NOW.getTime() + 1) },
    ]);
    expect((await verify(stamped, before)).code).toBe('signature.revoked_ocsp');
  });

  it('a token over other data is refused: signature.timestamp_invalid', async () => {
    // A TSA (or a man in the middle) stamping something else under the request's nonce.
    const lying: TimeStampAuthority = {
      stamp: (request) => {
        const req = AsnConvert.parse(request, TimeStampReq);
        req.messageImprint.hashedMessage = new OctetString(new Uint8Array(32));
        return tsa.stamp(new Uint8Array(AsnConvert.serialize(req)));
      },
    };
    const stamped = await addTimeStamps(signDetached(CONTENT, signer, NOW).der, lying);
    const r = await verify(stamped);
    expect(r.code).toBe('signature.timestamp_invalid');
    expect(r.params['reason']).toBe('the token stamps other data');
  });

  it('a key without id-kp-timeStamping cannot stamp; a TSA answering another nonce is refused', async () => {
    const notTsa = new TsaSimulator(signer, () => STAMPED_AT);
    const r = await verify(await addTimeStamps(signDetached(CONTENT, signer, NOW).der, notTsa));
    expect(r.code).toBe('signature.timestamp_invalid');
    let saved: Uint8Array = new Uint8Array();
    await addTimeStamps(signDetached(CONTENT, signer, NOW).der, {
      stamp: (request) => {
        saved = request;
        return tsa.stamp(request);
      },
    });
    // Answers every request with the answer to the one recorded above.
    const replaying: TimeStampAuthority = { stamp: () => tsa.stamp(saved) };
    await expect(addTimeStamps(signDetached(CONTENT, signer, NOW).der, replaying)).rejects.toMatchObject({
      code: 'signature.timestamp_invalid',
    });
  });
});

describe('results the platform signs carry the signed time (CAdES-T)', () => {
  it('the EDS port stamps through the test PKI’s TSA simulator; the verifier reports the TSA time', async () => {
    const pki = await DemoPki.create(NOW);
    const eds = pki.service(() => VALID_IIN, undefined, await pki.timeStampAuthority(() => STAMPED_AT));
    const signed = await eds.sign('head-1', CONTENT, NOW);
    const r = await verifySignature(Buffer.from(signed?.cms ?? '', 'base64'), {
      trust: pki.trust,
      now: days(1),
      content: CONTENT,
      revocation: pki.ocsp,
    });
    expect(r.code).toBe('ok');
    expect(r.timeStamp?.genTime).toBe(STAMPED_AT.toISOString());
    expect(r.timeStamp?.tsa).toContain('RUQSAT TSA');
    expect(r.signedAt).toBe(STAMPED_AT.toISOString()); // the TSA's time, not the signer's claim (NOW)
    // Without a TSA the port signs CAdES-BES: no token, the signer's own time.
    const plain = await pki.service(() => VALID_IIN).sign('head-1', CONTENT, NOW);
    const p = await verifySignature(Buffer.from(plain?.cms ?? '', 'base64'), {
      trust: pki.trust,
      now: days(1),
      content: CONTENT,
      revocation: pki.ocsp,
    });
    expect([p.code, p.timeStamp, p.signedAt]).toEqual(['ok', null, NOW.toISOString()]);
  });
});
