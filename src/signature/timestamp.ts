/**
 * Signed time (RFC 3161): verifying the time-stamp token a CAdES-T signature carries
 * (unsigned attribute id-aa-signatureTimeStampToken over the signature value), and getting one
 * for the results Ruqsat signs through a TSA port — an in-memory simulator signing with a test
 * key, and the HTTP adapter (application/timestamp-query). Encoding is @peculiar/asn1-tsp's;
 * the token is a CMS SignedData, checked by cms.ts and checks.ts like any other signature.
 */
import { createSign, randomBytes } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { Attribute, ContentInfo, SignedData } from '@peculiar/asn1-cms';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import {
  MessageImprint,
  PKIStatus,
  PKIStatusInfo,
  TSTInfo,
  TimeStampReq,
  TimeStampResp,
  id_ct_tstInfo,
} from '@peculiar/asn1-tsp';
import { AppError } from '../errors/app-error.ts';
import { digest } from './algorithms.ts';
import { bytesEqual, type ParsedCertificate } from './certificate.ts';
import { buildChain, checkValidity, type TrustStore } from './checks.ts';
import { ECDSA_SHA256, RSA_SHA256, prepareCms } from './cms-signing.ts';
import { parseCms, verifySignerInfo } from './cms.ts';
import { OID } from './oids.ts';
import type { SigningKey } from './sign.ts';

/** Extended key usage a TSA certificate must have (RFC 3161 §2.3). */
export const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

export interface VerifiedTimeStamp {
  genTime: Date;
  tsa: ParsedCertificate;
  policy: string;
}

const invalid = (reason: string, cause?: unknown) =>
  new AppError('signature.timestamp_invalid', `time-stamp token: ${reason}`, { reason }, { cause });

/**
 * Verifies a time-stamp token over `stamped` (for CAdES-T: the signature value it follows):
 * the token's CMS signature, the message imprint, the TSA's chain to a trust anchor, its
 * validity at genTime and its id-kp-timeStamping usage. Any failure is
 * `signature.timestamp_invalid`: a token that does not hold proves no time.
 */
export function verifyTimeStampToken(
  token: Uint8Array,
  stamped: Uint8Array,
  trust: TrustStore,
): VerifiedTimeStamp {
  let info: TSTInfo;
  let tsa: ParsedCertificate;
  let carried: ParsedCertificate[];
  try {
    const cms = parseCms(token);
    if (cms.contentType !== id_ct_tstInfo || cms.content === null) throw invalid('content is not a TSTInfo');
    const si = cms.signerInfos[0];
    if (si === undefined || cms.signerInfos.length !== 1) throw invalid('one signer expected');
    tsa = verifySignerInfo(
      si,
      cms.signedAttrs[0] ?? null,
      cms.content,
      cms.contentType,
      cms.certificates,
    ).cert;
    carried = cms.certificates;
    info = AsnConvert.parse(cms.content, TSTInfo);
  } catch (error) {
    if (error instanceof AppError && error.code === 'signature.timestamp_invalid') throw error;
    throw invalid(error instanceof AppError ? error.code : 'unreadable', error);
  }
  if (!(tsa.extKeyUsage ?? []).includes(TIME_STAMPING))
    throw invalid(`${tsa.subject} is not a TSA certificate`);
  try {
    checkValidity(buildChain(tsa, carried, trust), info.genTime);
  } catch (error) {
    throw invalid(error instanceof AppError ? error.message : 'TSA chain', error);
  }
  const imprint = info.messageImprint;
  const expected = digest(imprint.hashAlgorithm.algorithm, stamped);
  if (!bytesEqual(expected, new Uint8Array(imprint.hashedMessage.buffer)))
    throw invalid('the token stamps other data');
  return { genTime: info.genTime, tsa, policy: info.policy };
}

/** The port: a time-stamping authority answering an RFC 3161 TimeStampReq with a TimeStampResp. */
export interface TimeStampAuthority {
  stamp(request: Uint8Array): Promise<Uint8Array>;
}

/** A TimeStampReq for `data` (SHA-256 imprint, a nonce, the TSA certificate asked for). */
export function timeStampRequest(data: Uint8Array, nonce: Uint8Array): Uint8Array {
  return new Uint8Array(
    AsnConvert.serialize(
      new TimeStampReq({
        messageImprint: new MessageImprint({
          hashAlgorithm: new AlgorithmIdentifier({ algorithm: OID.sha256, parameters: null }),
          hashedMessage: new OctetString(digest(OID.sha256, data)),
        }),
        nonce: new Uint8Array([0x01, ...nonce]).buffer, // positive INTEGER
        certReq: true,
      }),
    ),
  );
}

/**
 * An in-memory TSA for the demo and tests: stamps with `key` (its certificate must carry
 * id-kp-timeStamping) at the time `clock` gives, echoing the request's imprint and nonce.
 */
export class TsaSimulator implements TimeStampAuthority {
  private serial = 0;
  constructor(
    private readonly key: SigningKey,
    private readonly clock: () => Date,
  ) {}

  async stamp(requestDer: Uint8Array): Promise<Uint8Array> {
    const request = AsnConvert.parse(requestDer, TimeStampReq);
    const now = this.clock();
    const info = new TSTInfo({
      policy: '1.2.398.3.3.2.6.1', // the national CA's TSA policy, as its test tokens carry it
      messageImprint: request.messageImprint,
      serialNumber: new Uint8Array([0x01, ++this.serial]).buffer,
      genTime: new Date(Math.floor(now.getTime() / 1000) * 1000),
      ...(request.nonce === undefined ? {} : { nonce: request.nonce }),
    });
    const ec = this.key.key.asymmetricKeyType === 'ec';
    const prepared = prepareCms({
      content: new Uint8Array(AsnConvert.serialize(info)),
      contentType: id_ct_tstInfo,
      certificate: this.key.certificate.der,
      chain: this.key.chain.map((c) => c.der),
      algorithm: ec ? ECDSA_SHA256 : RSA_SHA256,
      now,
      detached: false,
    });
    const signature = createSign('sha256')
      .update(prepared.toBeSigned)
      .sign(ec ? { key: this.key.key, dsaEncoding: 'der' } : this.key.key);
    const token = AsnConvert.parse(prepared.finish(signature), ContentInfo);
    return new Uint8Array(
      AsnConvert.serialize(
        new TimeStampResp({
          status: new PKIStatusInfo({ status: PKIStatus.granted }),
          timeStampToken: token,
        }),
      ),
    );
  }
}

/** The HTTP adapter: RFC 3161 over HTTP (POST application/timestamp-query). */
export function httpTsa(url: string, timeoutMs = 5000): TimeStampAuthority {
  return {
    async stamp(request) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
        body: request,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/**
 * CAdES-T: asks `tsa` to stamp each signer's signature value and adds the token as the
 * unsigned attribute id-aa-signatureTimeStampToken. Works on the CMS bytes, after signing, so
 * it follows whatever signer made them; the signed attributes and signatures are untouched.
 */
export async function addTimeStamps(
  cmsDer: Uint8Array,
  tsa: TimeStampAuthority,
  nonce: () => Uint8Array = () => new Uint8Array(randomBytes(8)),
): Promise<Uint8Array> {
  const info = AsnConvert.parse(cmsDer, ContentInfo);
  const signedData = AsnConvert.parse(info.content, SignedData);
  for (const si of signedData.signerInfos) {
    const value = new Uint8Array(si.signature.buffer);
    const n = nonce();
    const response = AsnConvert.parse(await tsa.stamp(timeStampRequest(value, n)), TimeStampResp);
    const status = response.status.status;
    if ((status !== PKIStatus.granted && status !== PKIStatus.grantedWithMods) || !response.timeStampToken)
      throw invalid(`the TSA refused (status ${status})`);
    const token = new Uint8Array(AsnConvert.serialize(response.timeStampToken));
    const tst = AsnConvert.parse(AsnConvert.parse(token, ContentInfo).content, SignedData);
    const tstInfo = tst.encapContentInfo.eContent?.single;
    const echoed = tstInfo === undefined ? undefined : AsnConvert.parse(tstInfo.buffer, TSTInfo).nonce;
    if (echoed === undefined || !bytesEqual(new Uint8Array(echoed), new Uint8Array([0x01, ...n])))
      throw invalid('the TSA answered another request (nonce)');
    si.unsignedAttrs = [
      ...(si.unsignedAttrs ?? []),
      new Attribute({ attrType: OID.timeStampToken, attrValues: [token.slice().buffer] }),
    ];
  }
  info.content = AsnConvert.serialize(signedData);
  return new Uint8Array(AsnConvert.serialize(info));
}
