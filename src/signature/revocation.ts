/**
 * Revocation: a port with an OCSP simulator, CRL and OCSP checks that are pure given the bytes,
 * a cache, and the rule that OCSP is asked first and the CRL second. When neither can answer,
 * the result is "not checked at time T, reason" — never a failure — so that the caller keeps the
 * submission and retries (the HTTP fetchers are in http-revocation.ts).
 */
import { createSign, randomBytes, type KeyObject } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate, CertificateList, Extension, Name } from '@peculiar/asn1-x509';
import {
  BasicOCSPResponse,
  CertID,
  CertStatus,
  OCSPRequest,
  OCSPResponse,
  OCSPResponseStatus,
  Request,
  ResponderID,
  ResponseBytes,
  ResponseData,
  RevokedInfo,
  SingleResponse,
  TBSRequest,
  id_pkix_ocsp_basic,
  id_pkix_ocsp_nonce,
} from '@peculiar/asn1-ocsp';
import { digest, verifyWith } from './algorithms.ts';
import {
  bytesEqual,
  isIssuedBy,
  parseCertificate,
  publicKeyOf,
  type ParsedCertificate,
} from './certificate.ts';
import { OID } from './oids.ts';

export type RevocationSourceName = 'ocsp' | 'crl';

export type RevocationAnswer =
  | { status: 'good'; source: RevocationSourceName; checkedAt: Date; nextUpdate: Date | null }
  | { status: 'revoked'; source: RevocationSourceName; checkedAt: Date; revokedAt: Date }
  /** The source was reached but cannot say (OCSP "unknown", CRL of another issuer). */
  | { status: 'unknown'; source: RevocationSourceName; checkedAt: Date; reason: string }
  /** The source could not be reached or its answer was unusable (stale, unsigned, timeout). */
  | { status: 'unavailable'; source: RevocationSourceName; checkedAt: Date; reason: string };

/** The port: one revocation source (an OCSP responder, a CRL distribution point, a simulator). */
export interface RevocationSource {
  readonly name: RevocationSourceName;
  check(cert: ParsedCertificate, issuer: ParsedCertificate, now: Date): Promise<RevocationAnswer>;
}

/**
 * In-memory OCSP responder for demos and tests: knows which serials are revoked and can be
 * told to be unreachable. The test PKI's `revoked.json` feeds it.
 */
export class OcspSimulator implements RevocationSource {
  readonly name = 'ocsp' as const;
  private readonly revoked = new Map<string, Date>();
  unavailable: string | null = null;
  calls = 0;

  constructor(revoked: Iterable<{ serial: string; revokedAt: Date }> = []) {
    for (const r of revoked) this.revoke(r.serial, r.revokedAt);
  }

  revoke(serial: string, at: Date): void {
    this.revoked.set(serial.toLowerCase().replace(/^0+(?=.)/, ''), at);
  }

  async check(cert: ParsedCertificate, _issuer: ParsedCertificate, now: Date): Promise<RevocationAnswer> {
    this.calls++;
    if (this.unavailable !== null)
      return { status: 'unavailable', source: 'ocsp', checkedAt: now, reason: this.unavailable };
    const revokedAt = this.revoked.get(cert.serial);
    return revokedAt !== undefined && revokedAt <= now
      ? { status: 'revoked', source: 'ocsp', checkedAt: now, revokedAt }
      : { status: 'good', source: 'ocsp', checkedAt: now, nextUpdate: null };
  }
}

// ---- CRL ------------------------------------------------------------------------------------

export interface ParsedCrl {
  issuerDer: Uint8Array;
  thisUpdate: Date;
  nextUpdate: Date | null;
  revoked: ReadonlyMap<string, Date>;
  list: CertificateList;
}

export function parseCrl(der: Uint8Array): ParsedCrl {
  const list = AsnConvert.parse(der, CertificateList);
  const revoked = new Map<string, Date>();
  for (const entry of list.tbsCertList.revokedCertificates ?? [])
    revoked.set(
      Buffer.from(entry.userCertificate)
        .toString('hex')
        .replace(/^0+(?=.)/, ''),
      entry.revocationDate.getTime(),
    );
  return {
    issuerDer: new Uint8Array(AsnConvert.serialize(list.tbsCertList.issuer)),
    thisUpdate: list.tbsCertList.thisUpdate.getTime(),
    nextUpdate: list.tbsCertList.nextUpdate?.getTime() ?? null,
    revoked,
    list,
  };
}

/** What a CRL says about `cert`: pure, given the CRL bytes. The CRL must be the issuer's, signed by it and current. */
export function checkCrl(
  crl: ParsedCrl,
  cert: ParsedCertificate,
  issuer: ParsedCertificate,
  now: Date,
): RevocationAnswer {
  const base = { source: 'crl' as const, checkedAt: now };
  if (!bytesEqual(crl.issuerDer, issuer.subjectDer))
    return { ...base, status: 'unknown', reason: 'CRL of another issuer' };
  const tbs = crl.list.tbsCertListRaw;
  const signed =
    tbs !== undefined &&
    verifyWith(
      { oid: crl.list.signatureAlgorithm.algorithm, params: crl.list.signatureAlgorithm.parameters ?? null },
      null,
      publicKeyOf(issuer),
      new Uint8Array(tbs),
      new Uint8Array(crl.list.signature),
    );
  if (!signed) return { ...base, status: 'unavailable', reason: 'CRL signature does not verify' };
  if (crl.nextUpdate !== null && crl.nextUpdate < now)
    return { ...base, status: 'unavailable', reason: `CRL expired ${crl.nextUpdate.toISOString()}` };
  const revokedAt = crl.revoked.get(cert.serial);
  return revokedAt !== undefined && revokedAt <= now
    ? { ...base, status: 'revoked', revokedAt }
    : { ...base, status: 'good', nextUpdate: crl.nextUpdate };
}

/** Fetches the bytes at a URL (CRL distribution point); the I/O edge. */
export type Fetcher = (url: string) => Promise<Uint8Array>;

/** A CRL source over a fetcher, keeping each parsed CRL until its nextUpdate. */
export function crlSource(fetcher: Fetcher): RevocationSource {
  const cache = new Map<string, ParsedCrl>();
  return {
    name: 'crl',
    async check(cert, issuer, now) {
      const url = cert.crlUrls[0];
      if (url === undefined)
        return { status: 'unknown', source: 'crl', checkedAt: now, reason: 'no CRL distribution point' };
      let crl = cache.get(url);
      if (crl === undefined || (crl.nextUpdate !== null && crl.nextUpdate < now)) {
        try {
          crl = parseCrl(await fetcher(url));
        } catch (error) {
          return {
            status: 'unavailable',
            source: 'crl',
            checkedAt: now,
            reason: `${url}: ${errorText(error)}`,
          };
        }
        cache.set(url, crl);
      }
      return checkCrl(crl, cert, issuer, now);
    },
  };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

// ---- OCSP (RFC 6960) ------------------------------------------------------------------------

/** The CertID of `cert` with the hash the responder used (SHA-1 by default; the NCA uses SHA-256). */
function certIdOf(cert: ParsedCertificate, issuer: ParsedCertificate, hashOid: string = OID.sha1): CertID {
  const issuerCert = AsnConvert.parse(issuer.der, Certificate);
  const key = new Uint8Array(issuerCert.tbsCertificate.subjectPublicKeyInfo.subjectPublicKey);
  return new CertID({
    hashAlgorithm: new AlgorithmIdentifier({ algorithm: hashOid, parameters: null }),
    issuerNameHash: new OctetString(digest(hashOid, issuer.subjectDer)),
    issuerKeyHash: new OctetString(digest(hashOid, key)),
    serialNumber: new Uint8Array(AsnConvert.parse(cert.der, Certificate).tbsCertificate.serialNumber).buffer,
  });
}

const sameCertId = (a: CertID, b: CertID) =>
  bytesEqual(new Uint8Array(a.issuerNameHash.buffer), new Uint8Array(b.issuerNameHash.buffer)) &&
  bytesEqual(new Uint8Array(a.issuerKeyHash.buffer), new Uint8Array(b.issuerKeyHash.buffer)) &&
  bytesEqual(new Uint8Array(a.serialNumber), new Uint8Array(b.serialNumber));

/** The value of a nonce extension (RFC 8954: an OCTET STRING inside extnValue). */
function nonceOf(extensions: readonly Extension[] | undefined): Uint8Array | null {
  const ext = extensions?.find((e) => e.extnID === id_pkix_ocsp_nonce);
  if (ext === undefined) return null;
  const raw = new Uint8Array(ext.extnValue.buffer);
  try {
    return new Uint8Array(AsnConvert.parse(raw, OctetString).buffer);
  } catch {
    // Some responders put the bare bytes in extnValue.
    return raw;
  }
}

const nonceExtension = (nonce: Uint8Array) =>
  new Extension({
    extnID: id_pkix_ocsp_nonce,
    extnValue: new OctetString(AsnConvert.serialize(new OctetString(nonce))),
  });

/** The DER OCSPRequest for one certificate, with a nonce (RFC 8954) when one is given. */
export function ocspRequest(
  cert: ParsedCertificate,
  issuer: ParsedCertificate,
  nonce?: Uint8Array,
): Uint8Array {
  const req = new OCSPRequest({
    tbsRequest: new TBSRequest({
      requestList: [new Request({ reqCert: certIdOf(cert, issuer) })],
      ...(nonce === undefined ? {} : { requestExtensions: [nonceExtension(nonce)] }),
    }),
  });
  return new Uint8Array(AsnConvert.serialize(req));
}

/** How an OCSP answer must be fresh. */
export interface OcspFreshness {
  /**
   * The oldest `thisUpdate` accepted, as an age (default 24 h). The national CA's responders
   * give no nextUpdate; without this bound a "good" answer recorded once would be replayable
   * for ever, also after the certificate is revoked.
   */
  maxAgeMs?: number;
  /** The nonce of the request: a responder that echoes a nonce must echo this one. */
  nonce?: Uint8Array | undefined;
  /** Tolerance for the responder's clock (default 5 minutes). */
  clockSkewMs?: number;
}

export const OCSP_MAX_AGE_MS = 24 * 3_600_000;

/**
 * What an OCSP response says about `cert`: pure. The response must be signed by the issuer or
 * by a responder certificate the issuer gave id-kp-OCSPSigning, and be fresh: `thisUpdate` not
 * older than `maxAgeMs` nor in the future, `nextUpdate` (when given) not passed, and an echoed
 * nonce equal to the request's.
 */
export function checkOcspResponse(
  der: Uint8Array,
  cert: ParsedCertificate,
  issuer: ParsedCertificate,
  now: Date,
  freshness: OcspFreshness = {},
): RevocationAnswer {
  const base = { source: 'ocsp' as const, checkedAt: now };
  const unavailable = (reason: string): RevocationAnswer => ({ ...base, status: 'unavailable', reason });
  let basic: BasicOCSPResponse;
  try {
    const response = AsnConvert.parse(der, OCSPResponse);
    if (response.responseStatus !== OCSPResponseStatus.successful)
      return unavailable(
        `responder status ${OCSPResponseStatus[response.responseStatus] ?? response.responseStatus}`,
      );
    if (response.responseBytes?.responseType !== id_pkix_ocsp_basic)
      return unavailable('not a basic OCSP response');
    basic = AsnConvert.parse(response.responseBytes.response.buffer, BasicOCSPResponse);
  } catch (error) {
    return unavailable(`unreadable response: ${errorText(error)}`);
  }
  const signers = [
    issuer,
    ...(basic.certs ?? []).map((c) => parseCertificate(new Uint8Array(AsnConvert.serialize(c)))),
  ];
  const tbs = basic.tbsResponseDataRaw;
  const signedBy = signers.find(
    (s) =>
      (s === issuer || (isIssuedBy(s, issuer) && (s.extKeyUsage ?? []).includes(OID.ocspSigning))) &&
      tbs !== undefined &&
      verifyWith(
        { oid: basic.signatureAlgorithm.algorithm, params: basic.signatureAlgorithm.parameters ?? null },
        null,
        publicKeyOf(s),
        new Uint8Array(tbs),
        new Uint8Array(basic.signature),
      ),
  );
  if (signedBy === undefined) return unavailable('response signature does not verify');
  const echoed = nonceOf(basic.tbsResponseData.responseExtensions);
  if (echoed !== null && freshness.nonce !== undefined && !bytesEqual(echoed, freshness.nonce))
    return unavailable("response nonce is not the request's (a replayed answer)");
  const single = basic.tbsResponseData.responses.find((r) => {
    try {
      return sameCertId(r.certID, certIdOf(cert, issuer, r.certID.hashAlgorithm.algorithm));
    } catch {
      return false; // a CertID hash this verifier does not compute names some other certificate
    }
  });
  if (single === undefined) return unavailable('response does not cover the certificate');
  const skew = freshness.clockSkewMs ?? 5 * 60_000;
  const age = now.getTime() - single.thisUpdate.getTime();
  if (age < -skew)
    return unavailable(`response thisUpdate ${single.thisUpdate.toISOString()} is in the future`);
  const maxAge = freshness.maxAgeMs ?? OCSP_MAX_AGE_MS;
  if (age > maxAge)
    return unavailable(
      `response of ${single.thisUpdate.toISOString()} is older than ${Math.round(maxAge / 60_000)} min`,
    );
  if (single.nextUpdate !== undefined && single.nextUpdate < now) return unavailable('response expired');
  if (single.certStatus.revoked !== undefined)
    return { ...base, status: 'revoked', revokedAt: single.certStatus.revoked.revocationTime };
  if (single.certStatus.unknown !== undefined)
    return { ...base, status: 'unknown', reason: 'responder does not know the certificate' };
  return { ...base, status: 'good', nextUpdate: single.nextUpdate ?? null };
}

/**
 * A signed OCSP response, as the test PKI's responder gives it (and the tests feed the HTTP
 * adapter): status per serial from `revoked`, signed with the issuing CA's key, the request's
 * nonce echoed; `nextUpdate: false` leaves nextUpdate out, as the national CA does.
 */
export function ocspRespond(
  requestDer: Uint8Array,
  ca: { certificate: ParsedCertificate; key: KeyObject },
  revoked: ReadonlyMap<string, Date>,
  now: Date,
  options: { nextUpdate?: boolean } = {},
): Uint8Array {
  const request = AsnConvert.parse(requestDer, OCSPRequest);
  const nonce = nonceOf(request.tbsRequest.requestExtensions);
  const responses = request.tbsRequest.requestList.map((r) => {
    const serial = Buffer.from(r.reqCert.serialNumber)
      .toString('hex')
      .replace(/^0+(?=.)/, '');
    const revokedAt = revoked.get(serial);
    return new SingleResponse({
      certID: r.reqCert,
      certStatus:
        revokedAt !== undefined && revokedAt <= now
          ? new CertStatus({ revoked: new RevokedInfo({ revocationTime: revokedAt }) })
          : new CertStatus({ good: null }),
      thisUpdate: now,
      ...(options.nextUpdate === false ? {} : { nextUpdate: new Date(now.getTime() + 3_600_000) }),
    });
  });
  const data = new ResponseData({
    responderID: new ResponderID({ byName: AsnConvert.parse(ca.certificate.subjectDer, Name) }),
    producedAt: now,
    responses,
    ...(nonce === null ? {} : { responseExtensions: [nonceExtension(nonce)] }),
  });
  const tbs = new Uint8Array(AsnConvert.serialize(data));
  const ec = ca.key.asymmetricKeyType === 'ec';
  const signature = createSign('sha256')
    .update(tbs)
    .sign(ec ? { key: ca.key, dsaEncoding: 'der' } : ca.key);
  const basic = new BasicOCSPResponse({
    tbsResponseData: data,
    signatureAlgorithm: new AlgorithmIdentifier({
      algorithm: ec ? OID.ecdsaWithSha256 : OID.sha256WithRsa,
      parameters: ec ? undefined : null,
    }),
    signature: new Uint8Array(signature).buffer,
  });
  return new Uint8Array(
    AsnConvert.serialize(
      new OCSPResponse({
        responseStatus: OCSPResponseStatus.successful,
        responseBytes: new ResponseBytes({
          responseType: id_pkix_ocsp_basic,
          response: new OctetString(AsnConvert.serialize(basic)),
        }),
      }),
    ),
  );
}

/**
 * An OCSP source posting to the certificate's AIA responder through `post` (the I/O edge).
 * Every request carries a fresh nonce; answers are judged by `maxAgeMs` (see OcspFreshness).
 */
export function ocspSource(
  post: (url: string, body: Uint8Array) => Promise<Uint8Array>,
  options: { maxAgeMs?: number; nonce?: () => Uint8Array } = {},
): RevocationSource {
  const makeNonce = options.nonce ?? (() => new Uint8Array(randomBytes(16)));
  return {
    name: 'ocsp',
    async check(cert, issuer, now) {
      const url = cert.ocspUrls[0];
      if (url === undefined)
        return {
          status: 'unknown',
          source: 'ocsp',
          checkedAt: now,
          reason: 'no OCSP responder in the certificate',
        };
      const nonce = makeNonce();
      let body: Uint8Array;
      try {
        body = await post(url, ocspRequest(cert, issuer, nonce));
      } catch (error) {
        return {
          status: 'unavailable',
          source: 'ocsp',
          checkedAt: now,
          reason: `${url}: ${errorText(error)}`,
        };
      }
      return checkOcspResponse(body, cert, issuer, now, { maxAgeMs: options.maxAgeMs, nonce });
    },
  };
}

/**
 * Revocation from answers already at hand (files given to `signature verify --crl/--ocsp`):
 * the OCSP answers that cover the certificate, then the CRLs of its issuer, each checked as
 * checkOcspResponse and checkCrl do (signature, freshness as of `now`).
 */
export function recordedRevocation(
  crls: readonly Uint8Array[],
  ocspAnswers: readonly Uint8Array[],
  freshness: OcspFreshness = {},
): RevocationSource {
  const parsed = crls.map(parseCrl);
  const sources: RevocationSource[] = [
    {
      name: 'ocsp',
      async check(cert, issuer, now) {
        const answers = ocspAnswers.map((der) => checkOcspResponse(der, cert, issuer, now, freshness));
        return (
          answers.find((a) => a.status === 'revoked' || a.status === 'good') ??
          answers.find(
            (a) => a.status === 'unavailable' && a.reason !== 'response does not cover the certificate',
          ) ?? {
            status: 'unknown',
            source: 'ocsp',
            checkedAt: now,
            reason: 'no OCSP answer given for the certificate',
          }
        );
      },
    },
    {
      name: 'crl',
      async check(cert, issuer, now) {
        const crl = parsed.find((c) => bytesEqual(c.issuerDer, issuer.subjectDer));
        return crl === undefined
          ? { status: 'unknown', source: 'crl', checkedAt: now, reason: 'no CRL given for the issuer' }
          : checkCrl(crl, cert, issuer, now);
      },
    },
  ];
  return firstDefinite(sources);
}

// ---- composition ----------------------------------------------------------------------------

/**
 * Caches definite answers: "revoked" for good (revocation is final), "good" until the source's
 * nextUpdate or `ttlMs`, whichever is first. "unavailable" is never cached, so a retry asks again.
 */
export function cachedSource(source: RevocationSource, ttlMs = 300_000): RevocationSource {
  const cache = new Map<string, { answer: RevocationAnswer; until: number }>();
  return {
    name: source.name,
    async check(cert, issuer, now) {
      const key = `${Buffer.from(issuer.subjectDer).toString('base64')}|${cert.serial}`;
      const hit = cache.get(key);
      if (hit !== undefined && now.getTime() < hit.until) return hit.answer;
      const answer = await source.check(cert, issuer, now);
      if (answer.status === 'revoked') cache.set(key, { answer, until: Number.POSITIVE_INFINITY });
      else if (answer.status === 'good') {
        const next = answer.nextUpdate?.getTime() ?? Number.POSITIVE_INFINITY;
        cache.set(key, { answer, until: Math.min(next, now.getTime() + ttlMs) });
      }
      return answer;
    },
  };
}

/** Asks each source in order (OCSP, then CRL) until one gives a definite answer. */
export function firstDefinite(sources: readonly RevocationSource[]): RevocationSource {
  return {
    name: sources[0]?.name ?? 'ocsp',
    async check(cert, issuer, now) {
      const reasons: string[] = [];
      for (const source of sources) {
        const answer = await source.check(cert, issuer, now);
        if (answer.status === 'good' || answer.status === 'revoked') return answer;
        reasons.push(`${source.name}: ${answer.reason}`);
      }
      return {
        status: 'unavailable',
        source: sources[0]?.name ?? 'ocsp',
        checkedAt: now,
        reason: reasons.join('; ') || 'no revocation source configured',
      };
    },
  };
}
