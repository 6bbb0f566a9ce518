/**
 * Issuing and verifying documents: render the PDF, sign its exact bytes with the official's key
 * (detached CMS), and keep the SHA-256 and the CMS in the `documents` table (migration 0004).
 * Verification recomputes the hash of the PDF shown, finds its row and verifies the CMS over
 * those bytes — so a PDF changed after signing fails, whichever byte changed.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Catalog } from '../catalog/catalog.ts';
import type { Service } from '../catalog/schema.ts';
import type { ApplicationState } from '../cases/model.ts';
import { AppError } from '../errors/app-error.ts';
import type { TrustStore } from '../signature/checks.ts';
import type { RevocationSource } from '../signature/revocation.ts';
import type { SigningKey } from '../signature/sign.ts';
import { signResult, type CmsSigner } from '../signature/signer.ts';
import type { TimeStampAuthority } from '../signature/timestamp.ts';
import { verifySignature } from '../signature/verify.ts';
import type { DocumentLayout, DocumentRecord } from '../store/documents.ts';
import { canonicalJson } from '../cases/eds.ts';
import { OID } from '../signature/oids.ts';
import type { Store } from '../store/store.ts';
import {
  CURRENT_LAYOUT as CONTENT_LAYOUT,
  documentContent,
  documentKinds,
  type DocumentKind,
  type DocumentLang,
  type DocumentLinks,
} from './content.ts';
import { documentParties, type PartySources } from './parties.ts';
import { officialPosition } from './wording.ts';
import { renderPdf } from './pdf.ts';

export type { DocumentRecord } from '../store/documents.ts';

export interface IssuedDocument {
  pdf: Uint8Array;
  record: DocumentRecord;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Throws `document.invalid_kind` for anything but the kinds of `documentKinds`. */
export function parseDocumentKind(value: string): DocumentKind {
  const kind = documentKinds.find((k) => k === value);
  if (kind === undefined)
    throw new AppError('document.invalid_kind', `unknown document kind ${value}`, {
      kind: value,
      kinds: documentKinds.join(', '),
    });
  return kind;
}

/** The catalog version the application follows (the one in force at its registration). */
export function serviceOf(catalog: Catalog, state: ApplicationState): Service {
  const entry = catalog.versions(state.serviceId).find((e) => e.service.version === state.serviceVersion);
  if (entry === undefined)
    throw new AppError(
      'catalog.unknown_service',
      `no version ${state.serviceVersion} of ${state.serviceId}`,
      {
        id: state.serviceId,
      },
    );
  return entry.service;
}

/** Renders, signs and records a document of an application. */
export async function issueDocument(input: {
  store: Store;
  catalog: Catalog;
  applicationId: string;
  kind: DocumentKind;
  lang: DocumentLang;
  key: SigningKey | CmsSigner;
  now: Date;
  links: DocumentLinks;
  /** The signed time (CAdES-T); none: the signer's own signingTime only. */
  tsa?: TimeStampAuthority | null;
  /** Where the people the document names are looked up (parties.ts). */
  parties: PartySources;
}): Promise<IssuedDocument> {
  const row = await input.store.findApplication(input.applicationId);
  if (row === undefined)
    throw new AppError('cases.not_found', `no application ${input.applicationId}`, {
      id: input.applicationId,
    });
  const state = row.state as ApplicationState;
  const parties = await documentParties(input.parties, state, input.now);
  const built = documentContent(
    state,
    serviceOf(input.catalog, state),
    input.kind,
    input.lang,
    input.links,
    parties,
    CURRENT_LAYOUT,
  );
  if (!built.ok) throw new AppError(built.code, built.reason, { reason: built.reason });
  const cert = input.key.certificate;
  const by = state.signature?.by ?? state.decision?.by;
  const named = by === undefined ? undefined : parties.officials[by];
  const signer: DocumentRecord['signer'] = {
    subject: cert.subject,
    iin: cert.iin ?? null,
    bin: cert.bin ?? null,
    name: cert.subjectAttributes.get(OID.commonName)?.[0] ?? cert.subject,
    position: named === undefined ? null : officialPosition(named, input.lang),
  };
  const layout = CURRENT_LAYOUT;
  const pdf = await renderPdf(built.content, {
    now: input.now,
    signedBy: signedByLine({ layout, signer }),
    layout,
  });
  const cms = await signResult(pdf, input.key, input.now, { tsa: input.tsa ?? null });
  const record: DocumentRecord = {
    id: randomUUID(),
    applicationId: state.id,
    kind: input.kind,
    lang: input.lang,
    sha256: sha256Hex(pdf),
    cms: cms.base64,
    signer,
    permitNumber: state.issued?.permitNumber ?? null,
    signedAt: input.now.toISOString(),
    layout,
    contentSha256: sha256Hex(new TextEncoder().encode(canonicalJson(built.content))),
  };
  const inserted = await input.store.repos.documents.insert(record);
  if (inserted !== undefined) return { pdf, record: inserted };
  // Recorded already: the same bytes (rendered again at the same instant), or the same content
  // signed by a download that ran at the same time — its original is served, not this one.
  const repo = input.store.repos.documents;
  const first = (await repo.findByHash(record.sha256)) ?? (await repo.findOriginal(record));
  if (first === undefined || first.sha256 === record.sha256) return { pdf, record: first ?? record };
  const again = await renderPdf(built.content, {
    now: new Date(first.signedAt),
    signedBy: signedByLine(first),
    layout: first.layout,
  });
  return { pdf: again, record: first };
}

/** The layout new documents are signed with (migrations 0014, 0019; see content.ts). */
export const CURRENT_LAYOUT: DocumentLayout = CONTENT_LAYOUT;

/**
 * The "signed with EDS by …" line at the foot of a PDF, as the document's layout prints it:
 * layout 1 the certificate subject (with the official's IIN — what documents issued before
 * layout 2 carry, so they re-render to the bytes that were signed), layout 2 name and position.
 */
export function signedByLine(document: Pick<DocumentRecord, 'layout' | 'signer'>): string {
  return document.layout === 1 ? document.signer.subject : publicSigner(document);
}

/**
 * The signer as the public sees them: name and position, never the certificate's subject with
 * the official's IIN. Documents recorded before layout 2 have no position: the certificate's
 * common name only.
 */
export function publicSigner(document: Pick<DocumentRecord, 'signer'>): string {
  const { name, position, subject } = document.signer;
  const shown = name ?? /(?:^|, )CN=([^,]+)/.exec(subject)?.[1] ?? '—';
  return position == null || position === '' ? shown : `${shown}, ${position}`;
}

/** The document recorded with this hash, if any. */
export function findDocumentByHash(store: Store, sha256: string): Promise<DocumentRecord | undefined> {
  return store.repos.documents.findByHash(sha256);
}

/**
 * The documents signed for a permit, newest first: what the registry page shows as "signed by …
 * at …" (read where the public registry reads: a standby with DATABASE_READ_URL).
 */
export function documentsOfPermit(store: Store, permitNumber: string): Promise<DocumentRecord[]> {
  return store.repos.publicRegistry.documentsOf(permitNumber);
}

export interface DocumentVerification {
  valid: boolean;
  /** `ok`, `document.unknown`, or the signature module's code (`signature.content_mismatch` …). */
  code: string;
  status: 'valid' | 'invalid' | 'indeterminate';
  sha256: string;
  document: DocumentRecord | null;
  signer: { subject: string; iin: string | null; bin: string | null } | null;
  signedAt: string | null;
  /** The RFC 3161 time-stamp (CAdES-T): the TSA's time and name; then `signedAt` is that time. */
  timeStamp: { genTime: string; tsa: string } | null;
  message: string;
}

/** Checks a PDF: its hash is recorded, and the recorded CMS verifies over exactly these bytes. */
export async function verifyDocument(
  store: Store,
  pdf: Uint8Array,
  options: { trust: TrustStore; revocation: RevocationSource | null; now: Date },
): Promise<DocumentVerification> {
  const sha256 = sha256Hex(pdf);
  const document = (await findDocumentByHash(store, sha256)) ?? null;
  if (document === null)
    return {
      valid: false,
      code: 'document.unknown',
      status: 'invalid',
      sha256,
      document: null,
      signer: null,
      signedAt: null,
      timeStamp: null,
      message: `no document with SHA-256 ${sha256} was issued here, or it was changed after signing`,
    };
  return verifyAgainst(document, pdf, options);
}

/** Verifies the CMS of a recorded document over the given bytes (used also to show a tampered copy fails). */
export async function verifyAgainst(
  document: DocumentRecord,
  pdf: Uint8Array,
  options: { trust: TrustStore; revocation: RevocationSource | null; now: Date },
): Promise<DocumentVerification> {
  const r = await verifySignature(Buffer.from(document.cms, 'base64'), {
    trust: options.trust,
    now: options.now,
    content: pdf,
    purpose: 'sign',
    revocation: options.revocation,
  });
  return {
    valid: r.valid,
    code: r.code,
    status: r.status,
    sha256: sha256Hex(pdf),
    document,
    signer: r.signer === null ? null : { subject: r.signer.subject, iin: r.signer.iin, bin: r.signer.bin },
    signedAt: r.signedAt,
    timeStamp: r.timeStamp,
    message: r.message,
  };
}

/** What the registry page shows of one signed document: who signed, when, and whether it verifies now. */
export interface SignedDocumentView {
  kind: DocumentKind;
  lang: DocumentLang;
  sha256: string;
  /** Name and position (`publicSigner`), not the certificate subject. */
  signer: string;
  /** The TSA's time when the signature carries a verified time-stamp, else the recorded signing time. */
  signedAt: string;
  /** The TSA's signed time (CAdES-T) when the signature carries one and it verifies. */
  timeStamp: { genTime: string; tsa: string } | null;
  /** `valid`: the CMS verifies now over the PDF that has the recorded hash. */
  verification: {
    valid: boolean;
    status: 'valid' | 'invalid' | 'indeterminate';
    code: string;
    message: string;
  };
}

/**
 * Re-verifies a recorded document without its bytes, which are not stored: the PDF is rendered
 * again from the application at the signing instant (rendering is deterministic, see
 * `issueDocument`) and must have the recorded SHA-256; then the stored CMS is verified over those
 * bytes now (chain, validity, revocation). A PDF that cannot be reproduced — the application
 * changed what the document says, or none of `publicBaseUrls` is the link printed on it — is
 * `indeterminate` (`document.not_reproducible`), never "valid".
 */
export async function verifyRecorded(
  store: Store,
  catalog: Catalog,
  document: DocumentRecord,
  options: {
    trust: TrustStore | null;
    revocation: RevocationSource | null;
    now: Date;
    publicBaseUrls: readonly string[];
    /** The same sources the document was issued with, or it cannot be reproduced. */
    parties: PartySources;
  },
): Promise<SignedDocumentView> {
  const view = (
    verification: SignedDocumentView['verification'],
    timeStamp: SignedDocumentView['timeStamp'] = null,
  ): SignedDocumentView => ({
    kind: document.kind,
    lang: document.lang,
    sha256: document.sha256,
    signer: publicSigner(document),
    signedAt: timeStamp?.genTime ?? document.signedAt,
    timeStamp,
    verification,
  });
  const row = await store.findApplication(document.applicationId);
  if (row !== undefined) {
    const state = row.state as ApplicationState;
    const parties = await documentParties(options.parties, state, new Date(document.signedAt));
    for (const publicBaseUrl of new Set(options.publicBaseUrls)) {
      const built = documentContent(
        state,
        serviceOf(catalog, state),
        document.kind,
        document.lang,
        { publicBaseUrl },
        parties,
        document.layout,
      );
      if (!built.ok) break;
      const pdf = await renderPdf(built.content, {
        now: new Date(document.signedAt),
        signedBy: signedByLine(document),
        layout: document.layout,
      });
      if (sha256Hex(pdf) !== document.sha256) continue;
      if (options.trust === null)
        return view({
          valid: false,
          status: 'indeterminate',
          code: 'document.no_trust_store',
          message: 'no trust store is configured to verify signatures',
        });
      const r = await verifyAgainst(document, pdf, { ...options, trust: options.trust });
      return view({ valid: r.valid, status: r.status, code: r.code, message: r.message }, r.timeStamp);
    }
  }
  return view({
    valid: false,
    status: 'indeterminate',
    code: 'document.not_reproducible',
    message: 'the signed PDF could not be reproduced from the application to check its signature',
  });
}
