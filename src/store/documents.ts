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
  signer: { subject: string; iin: string | null; bin: string | null };
  permitNumber: string | null;
  signedAt: string;
}

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
});

export class DocumentRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Records a document, or returns undefined when one with the same hash is recorded already:
   * the same document rendered again at the same instant gives the same bytes, so it is the
   * same document, recorded once.
   */
  async insert(record: DocumentRecord): Promise<DocumentRecord | undefined> {
    const { rows } = await this.pool.query<DocumentDbRow>(
      `INSERT INTO documents (id, application_id, kind, lang, sha256, cms, signer, permit_number, signed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (sha256) DO NOTHING RETURNING *`,
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
