/**
 * Signed documents (`documents`, migration 0004): the SHA-256 of the PDF and its detached CMS,
 * never the PDF itself. Issuing and verifying them: src/documents/service.ts.
 */
import type pg from 'pg';
import type { DocumentKind, DocumentLang } from '../documents/content.ts';

export interface DocumentRecord {
  id: string;
  applicationId: string;
  kind: DocumentKind;
  lang: DocumentLang;
  sha256: string;
  cms: string;
  /**
   * Who signed, read from the certificate; since layout 2 also the name (the certificate's
   * common name) and the signing official's position, which the public sees instead of the subject.
   */
  signer: {
    subject: string;
    iin: string | null;
    bin: string | null;
    name?: string | undefined;
    position?: string | null | undefined;
  };
  permitNumber: string | null;
  signedAt: string;
  /**
   * The PDF layout it was signed with (migrations 0014, 0019): 1 the certificate subject at the
   * foot, 2 name and position, 3 also the state emblem, the Russian address, the duplicate's mark.
   */
  layout: DocumentLayout;
  /** SHA-256 of what the document says, without the signing time; null before migration 0014. */
  contentSha256: string | null;
}

export type DocumentLayout = 1 | 2 | 3;

interface DocumentDbRow {
  id: string;
  application_id: string;
  kind: DocumentKind;
  lang: DocumentLang;
  sha256: string;
  cms: string;
  signer: DocumentRecord['signer'];
  permit_number: string | null;
  signed_at: Date;
  layout: number;
  content_sha256: string | null;
}

const toRecord = (r: DocumentDbRow): DocumentRecord => ({
  id: r.id,
  applicationId: r.application_id,
  kind: r.kind,
  lang: r.lang,
  sha256: r.sha256,
  cms: r.cms,
  signer: r.signer,
  permitNumber: r.permit_number,
  signedAt: r.signed_at.toISOString(),
  layout: r.layout === 3 ? 3 : r.layout === 2 ? 2 : 1,
  contentSha256: r.content_sha256,
});

export class DocumentRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Records a document, or returns undefined when it is recorded already: one with the same hash
   * (the same document rendered again at the same instant gives the same bytes), or an original
   * with the same content (`documents_one_original`: two first downloads at once, each signed at
   * its own instant; the second insert waits for the first and records nothing).
   */
  async insert(record: DocumentRecord): Promise<DocumentRecord | undefined> {
    const { rows } = await this.pool.query<DocumentDbRow>(
      `INSERT INTO documents (id, application_id, kind, lang, sha256, cms, signer, permit_number, signed_at,
         layout, content_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT DO NOTHING RETURNING *`,
      [
        record.id,
        record.applicationId,
        record.kind,
        record.lang,
        record.sha256,
        record.cms,
        JSON.stringify(record.signer),
        record.permitNumber,
        record.signedAt,
        record.layout,
        record.contentSha256,
      ],
    );
    return rows[0] === undefined ? undefined : toRecord(rows[0]);
  }

  /** The document recorded with this hash, if any. */
  async findByHash(sha256: string): Promise<DocumentRecord | undefined> {
    const { rows } = await this.pool.query<DocumentDbRow>('SELECT * FROM documents WHERE sha256 = $1', [
      sha256,
    ]);
    return rows[0] === undefined ? undefined : toRecord(rows[0]);
  }

  /** The original recorded for this content (see `insert`), if any. */
  async findOriginal(
    record: Pick<DocumentRecord, 'applicationId' | 'kind' | 'lang' | 'layout' | 'contentSha256'>,
  ): Promise<DocumentRecord | undefined> {
    const { rows } = await this.pool.query<DocumentDbRow>(
      `SELECT * FROM documents
       WHERE application_id = $1 AND kind = $2 AND lang = $3 AND layout = $4 AND content_sha256 = $5`,
      [record.applicationId, record.kind, record.lang, record.layout, record.contentSha256],
    );
    return rows[0] === undefined ? undefined : toRecord(rows[0]);
  }

  /** The documents signed for a permit, newest first. */
  async ofPermit(permitNumber: string): Promise<DocumentRecord[]> {
    const { rows } = await this.pool.query<DocumentDbRow>(
      'SELECT * FROM documents WHERE permit_number = $1 ORDER BY signed_at DESC, id',
      [permitNumber],
    );
    return rows.map(toRecord);
  }

  /** The latest document of this kind and language signed for the application, if any. */
  async findLatest(
    applicationId: string,
    kind: DocumentKind,
    lang: DocumentLang,
  ): Promise<DocumentRecord | undefined> {
    const { rows } = await this.pool.query<DocumentDbRow>(
      `SELECT * FROM documents
       WHERE application_id = $1 AND kind = $2 AND lang = $3 ORDER BY signed_at DESC LIMIT 1`,
      [applicationId, kind, lang],
    );
    return rows[0] === undefined ? undefined : toRecord(rows[0]);
  }
}
