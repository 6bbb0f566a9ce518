/** EDS (ЭЦҚ): verify signatures, sign results, login by signature, the test PKI. See docs/signature.md. */
export { parseCertificate, type ParsedCertificate } from './certificate.ts';
export {
  buildChain,
  checkExpectedSigner,
  checkKeyUsage,
  checkValidity,
  signerIdentityOf,
  type Purpose,
  type TrustMode,
  type TrustStore,
} from './checks.ts';
export {
  decodeSignature,
  verifyOffline,
  verifySignature,
  type OfflineVerification,
  type RevocationReport,
  type SignerSummary,
  type VerificationResult,
  type VerifyOptions,
} from './verify.ts';
export {
  signAttached,
  signDetached,
  signingKeyFromPem,
  keyFileFromPkcs12,
  pkcs12Of,
  signingKeyFromPkcs12,
  type CmsSignature,
  type SigningKey,
} from './sign.ts';
export { openPkcs12, writePkcs12, type Pkcs12KeyFile, type Pkcs12PrivateKey } from './pkcs12.ts';
export { prepareCms, type CmsSignRequest, type CmsSignerAlgorithm } from './cms-signing.ts';
export {
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
  recordedRevocation,
  type OcspFreshness,
  type RevocationAnswer,
  type RevocationSource,
} from './revocation.ts';
export { httpFetcher, httpPost, httpRevocation } from './http-revocation.ts';
export {
  checkSigningAuthority,
  roleOf,
  type RecordedPowers,
  type SignerIdentity,
  type SignerRole,
} from './roles.ts';
export {
  InMemoryChallengeStore,
  challengeContent,
  issueChallenge,
  login,
  type Challenge,
  type ChallengeStore,
  type LoginSession,
} from './challenge.ts';
export { signXml, verifyXml } from './xmldsig.ts';
export {
  TsaSimulator,
  addTimeStamps,
  httpTsa,
  timeStampRequest,
  verifyTimeStampToken,
  type TimeStampAuthority,
  type VerifiedTimeStamp,
} from './timestamp.ts';
export {
  createCrl,
  createTestCa,
  issueCertificate,
  type IssueRequest,
  type Issued,
  type TestCa,
} from './test-pki.ts';
