/**
 * Files uploaded to applications (`attachments`, migration 0006). The media type is what the
 * server read from the bytes (src/server/attachment-type.ts), never the client's word.
 */
import type pg from 'pg';

export interface AttachmentInfo {
  id: string;
  applicationId: string;
  documentId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

interface AttachmentDbRow {
  id: string;
  application_id: string;
  document_id: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: Date;
}

const columns = 'id, application_id, document_id, name, media_type, size, sha256, uploaded_by, uploaded_at';

const toInfo = (r: AttachmentDbRow): AttachmentInfo => ({
  id: r.id,
  applicationId: r.application_id,
  documentId: r.document_id,
  name: r.name,
  mediaType: r.media_type,
  size: r.size,
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at.toISOString(),
});

export class AttachmentRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Stores a file, only while the application is still a draft: the status is checked in the same
   * statement, so an upload racing the submission either lands before it or is refused.
   */
  async insert(info: AttachmentInfo, content: Uint8Array): Promise<AttachmentInfo | undefined> {
    const { rows } = await this.pool.query<AttachmentDbRow>(
      `INSERT INTO attachments (${columns}, content)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10
       FROM applications a WHERE a.id = $2 AND a.status = 'draft'
       RETURNING ${columns}`,
      [
        info.id,
        info.applicationId,
        info.documentId,
        info.name,
        info.mediaType,
        info.size,
        info.sha256,
        info.uploadedBy,
        info.uploadedAt,
        Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      ],
    );
    const row = rows[0];
    return row === undefined ? undefined : toInfo(row);
  }

  /** The application's attachments, oldest first, without their content. */
  async list(applicationId: string): Promise<AttachmentInfo[]> {
    const { rows } = await this.pool.query<AttachmentDbRow>(
      `SELECT ${columns} FROM attachments WHERE application_id = $1 ORDER BY uploaded_at, id`,
      [applicationId],
    );
    return rows.map(toInfo);
  }

  /** One attachment of the application with its bytes, if any. */
  async find(
    applicationId: string,
    id: string,
  ): Promise<{ info: AttachmentInfo; content: Buffer } | undefined> {
    const { rows } = await this.pool.query<AttachmentDbRow & { content: Buffer }>(
      `SELECT ${columns}, content FROM attachments WHERE application_id = $1 AND id = $2`,
      [applicationId, id],
    );
    const row = rows[0];
    return row === undefined ? undefined : { info: toInfo(row), content: row.content };
  }
}
