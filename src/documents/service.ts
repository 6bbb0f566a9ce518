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
import { signDetached, type SigningKey } from '../signature/sign.ts';
import { verifySignature } from '../signature/verify.ts';
import type { DocumentRecord } from '../store/documents.ts';
import type { Store } from '../store/store.ts';
import {
  documentContent,
  documentKinds,
  type DocumentKind,
  type DocumentLang,
  type DocumentLinks,
} from './content.ts';
import { documentParties, type PartySources } from './parties.ts';
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
  key: SigningKey;
  now: Date;
  links: DocumentLinks;
  /** Where the people the document names are looked up (parties.ts). */
  parties: PartySources;
}): Promise<IssuedDocument> {
  const row = await input.store.findApplication(input.applicationId);
  if (row === undefined)
    throw new AppError('cases.not_found', `no application ${input.applicationId}`, {
      id: input.applicationId,
    });
  const state = row.state as ApplicationState;
  const parties = await documentParties(input.parties, state);
  const built = documentContent(
    state,
    serviceOf(input.catalog, state),
    input.kind,
    input.lang,
    input.links,
    parties,
  );
  if (!built.ok) throw new AppError(built.code, built.reason, { reason: built.reason });
  const signer = input.key.certificate;
  const pdf = await renderPdf(built.content, { now: input.now, signedBy: signer.subject });
  const cms = signDetached(pdf, input.key, input.now);
  const record: DocumentRecord = {
    id: randomUUID(),
    applicationId: state.id,
    kind: input.kind,
    lang: input.lang,
    sha256: sha256Hex(pdf),
    cms: cms.base64,
    signer: { subject: signer.subject, iin: signer.iin ?? null, bin: signer.bin ?? null },
    permitNumber: state.issued?.permitNumber ?? null,
    signedAt: input.now.toISOString(),
  };
  // The same document rendered again at the same instant gives the same bytes: it is the same
  // document, recorded once (the first record is returned).
  const inserted = await input.store.repos.documents.insert(record);
  return { pdf, record: inserted ?? (await findDocumentByHash(input.store, record.sha256)) ?? record };
}

/** The document recorded with this hash, if any. */
export function findDocumentByHash(store: Store, sha256: string): Promise<DocumentRecord | undefined> {
  return store.repos.documents.findByHash(sha256);
}

/** The documents signed for a permit, newest first: what the registry page shows as "signed by … at …". */
export function documentsOfPermit(store: Store, permitNumber: string): Promise<DocumentRecord[]> {
  return store.repos.documents.ofPermit(permitNumber);
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
    message: r.message,
  };
}

/** What the registry page shows of one signed document: who signed, when, and whether it verifies now. */
export interface SignedDocumentView {
  kind: DocumentKind;
  lang: DocumentLang;
  sha256: string;
  signer: string;
  signedAt: string;
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
  const view = (verification: SignedDocumentView['verification']): SignedDocumentView => ({
    kind: document.kind,
    lang: document.lang,
    sha256: document.sha256,
    signer: document.signer.subject,
    signedAt: document.signedAt,
    verification,
  });
  const row = await store.findApplication(document.applicationId);
  if (row !== undefined) {
    const state = row.state as ApplicationState;
    const parties = await documentParties(options.parties, state);
    for (const publicBaseUrl of new Set(options.publicBaseUrls)) {
      const built = documentContent(
        state,
        serviceOf(catalog, state),
        document.kind,
        document.lang,
        { publicBaseUrl },
        parties,
      );
      if (!built.ok) break;
      const pdf = await renderPdf(built.content, {
        now: new Date(document.signedAt),
        signedBy: document.signer.subject,
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
      return view({ valid: r.valid, status: r.status, code: r.code, message: r.message });
    }
  }
  return view({
    valid: false,
    status: 'indeterminate',
    code: 'document.not_reproducible',
    message: 'the signed PDF could not be reproduced from the application to check its signature',
  });
}
