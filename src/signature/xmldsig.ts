/**
 * XML-DSig as NCALayer's `signXml` makes it: an enveloped signature over the whole document
 * (Reference URI=""), inclusive C14N, the signer's certificate in KeyInfo/X509Data. Verification
 * is xml-crypto's (it reports what was actually signed, which defeats signature wrapping);
 * ECDSA is added here because xml-crypto ships RSA and HMAC only. GOST URIs
 * (urn:ietf:params:xml:ns:pkigovkz:…, xmldsig-more#gostr…) are refused as unsupported.
 */
import { KeyObject, sign as cryptoSign, verify as cryptoVerify, type KeyLike } from 'node:crypto';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import {
  C14nCanonicalization,
  C14nCanonicalizationWithComments,
  ExclusiveCanonicalization,
  ExclusiveCanonicalizationWithComments,
  SignedXml,
  type SignatureAlgorithm,
} from 'xml-crypto';
import { AppError } from '../errors/app-error.ts';
import { parseCertificate, publicKeyOf, toPem, type ParsedCertificate } from './certificate.ts';

const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const ECDSA = {
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256': 'sha256',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384': 'sha384',
  'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512': 'sha512',
} as const;
const SUPPORTED = new Set([
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
  RSA_SHA256,
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
  ...Object.keys(ECDSA),
]);

const malformed = (reason: string, cause?: unknown) =>
  new AppError('signature.malformed', `XML-DSig: ${reason}`, { reason }, { cause });

/** XML-DSig ECDSA: r‖s (IEEE P1363), not the DER of CMS. */
function ecdsaAlgorithm(uri: string, hash: string): new () => SignatureAlgorithm {
  return class {
    getSignature = ((signedInfo: string | Buffer, privateKey: KeyLike) =>
      cryptoSign(hash, Buffer.from(signedInfo), {
        key: privateKey as KeyObject,
        dsaEncoding: 'ieee-p1363',
      }).toString('base64')) as SignatureAlgorithm['getSignature'];
    verifySignature = ((material: string, key: KeyLike, signatureValue: string) =>
      cryptoVerify(
        hash,
        Buffer.from(material),
        { key: key as KeyObject, dsaEncoding: 'ieee-p1363' },
        Buffer.from(signatureValue, 'base64'),
      )) as SignatureAlgorithm['verifySignature'];
    getAlgorithmName = () => uri;
  };
}

function withEcdsa(sig: SignedXml): SignedXml {
  for (const [uri, hash] of Object.entries(ECDSA)) sig.SignatureAlgorithms[uri] = ecdsaAlgorithm(uri, hash);
  return sig;
}

function parseXml(xml: string): Document {
  let fatal: string | null = null;
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') fatal ??= message;
    },
  }).parseFromString(xml, 'text/xml');
  if (fatal !== null || doc.documentElement == null)
    throw malformed(`not well-formed XML (${fatal ?? 'empty'})`);
  return doc;
}

export interface XmlSigner {
  cert: ParsedCertificate;
  carried: ParsedCertificate[];
  /** The canonical forms of what the signature covers, as xml-crypto computed them. */
  signedReferences: string[];
}

/**
 * Verifies the one XML-DSig signature of a document: pure and synchronous. The signature must
 * cover the whole document (`Reference URI=""`, as NCALayer's signXml makes it): a Reference to
 * one element (`URI="#id"`) leaves the rest of the document open to edits that still verify,
 * so it is refused (`signature.partial_reference`) unless the caller names exactly that part in
 * `signedPart` ("#id").
 */
export function verifyXml(xml: string, signedPart?: string): XmlSigner {
  const doc = parseXml(xml);
  const signatures = Array.from(doc.getElementsByTagNameNS(DSIG_NS, 'Signature'));
  if (signatures.length === 0) throw malformed('no ds:Signature element');
  if (signatures.length > 1) throw malformed('more than one ds:Signature element');
  const sigNode = signatures[0] as Element;
  const method =
    sigNode.getElementsByTagNameNS(DSIG_NS, 'SignatureMethod')[0]?.getAttribute('Algorithm') ?? '';
  if (!SUPPORTED.has(method))
    throw new AppError('signature.unsupported_algorithm', `XML signature method ${method}`, {
      algorithm: /gost/i.test(method) ? `GOST (${method})` : method || 'none',
    });
  const certs = Array.from(sigNode.getElementsByTagNameNS(DSIG_NS, 'X509Certificate')).map((n: Element) =>
    parseCertificate(new Uint8Array(Buffer.from((n.textContent ?? '').replace(/\s+/g, ''), 'base64'))),
  );
  const cert = certs[0];
  if (cert === undefined) throw malformed('no X509Certificate in KeyInfo');
  const key = publicKeyOf(cert);
  if (!(key instanceof KeyObject))
    throw new AppError('signature.unsupported_algorithm', `XML signature with a GOST key`, {
      algorithm: `GOST (${cert.publicKeyAlgorithm})`,
    });
  const sig = withEcdsa(new SignedXml({ publicCert: key.export({ type: 'spki', format: 'pem' }) }));
  let ok: boolean;
  try {
    sig.loadSignature(sigNode);
    ok = sig.checkSignature(xml);
  } catch (error) {
    // xml-crypto throws "invalid signature: the signature value … is incorrect" for a bad
    // SignatureValue, other errors for a broken structure.
    const text = error instanceof Error ? error.message : String(error);
    if (/signature value/i.test(text))
      throw new AppError('signature.invalid_signature', text, {}, { cause: error });
    throw malformed(text, error);
  }
  // false means a Reference digest did not match: the document changed after signing.
  if (!ok) throw new AppError('signature.content_mismatch', 'XML reference digest differs from the document');
  const uris = sig.getReferences().map((r) => r.uri ?? '');
  const expected = signedPart ?? '';
  const other = uris.find((uri) => uri !== expected);
  if (uris.length === 0 || other !== undefined)
    throw new AppError(
      'signature.partial_reference',
      `XML-DSig Reference URI="${other ?? ''}" is not "${expected}"`,
      {
        reference: other ?? '—',
      },
    );
  return { cert, carried: certs.slice(1), signedReferences: sig.getSignedReferences() };
}

/**
 * Whether the signed document is `expected` (the application being submitted), compared in
 * canonical form so that whitespace in attributes or namespace placement do not matter.
 */
export function xmlSignsContent(signer: XmlSigner, expected: string): boolean {
  let root: Element;
  try {
    const element = parseXml(expected).documentElement;
    if (element === null) return false;
    root = element;
  } catch {
    return false;
  }
  const forms = [
    new C14nCanonicalization(),
    new C14nCanonicalizationWithComments(),
    new ExclusiveCanonicalization(),
    new ExclusiveCanonicalizationWithComments(),
  ].map((c) => c.process(root as never, {}));
  return signer.signedReferences.some((ref) => forms.includes(ref));
}

/**
 * Signs a document the way NCALayer's signXml does (enveloped, C14N, SHA-256, certificate in
 * KeyInfo): for results issued as XML, and for tests.
 */
export function signXml(xml: string, key: KeyObject, certificate: Uint8Array): string {
  const ec = key.asymmetricKeyType === 'ec';
  const sig = withEcdsa(
    new SignedXml({
      privateKey: key.export({ type: 'pkcs8', format: 'pem' }),
      publicCert: toPem(certificate, 'CERTIFICATE'),
      signatureAlgorithm: ec ? 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256' : RSA_SHA256,
      canonicalizationAlgorithm: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
    }),
  );
  sig.addReference({
    xpath: '/*',
    isEmptyUri: true,
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments',
    ],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, { location: { reference: '/*', action: 'append' } });
  return sig.getSignedXml();
}
