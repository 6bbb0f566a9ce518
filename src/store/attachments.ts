/**
 * Files uploaded to applications (`attachments`, migration 0006). The media type is what the
 * server read from the bytes (src/server/attachment-type.ts), never the client's word.
 */
import type pg from 'pg';
import { withTransaction } from './transaction.ts';

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

/** What an upload came to: stored, or refused with what the application already holds. */
export type AttachmentInsert =
  | { stored: AttachmentInfo }
  | { refused: 'not-draft' }
  | { refused: 'count' | 'bytes'; count: number; bytes: number };

export class AttachmentRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Stores a file, only while the application is still a draft and within the application's
   * limits (number of files, their bytes together). The application's row is locked first, so
   * an upload racing the submission or another upload is serialized behind it: either it lands
   * before and is counted, or it sees the submission and is refused.
   */
  insert(
    info: AttachmentInfo,
    content: Uint8Array,
    limits: { maxCount: number; maxTotalBytes: number },
  ): Promise<AttachmentInsert> {
    return withTransaction(this.pool, async (client) => {
      const app = await client.query<{ status: string }>(
        'SELECT status FROM applications WHERE id = $1 FOR NO KEY UPDATE',
        [info.applicationId],
      );
      if (app.rows[0]?.status !== 'draft') return { refused: 'not-draft' };
      const { rows: held } = await client.query<{ count: number; bytes: string }>(
        `SELECT count(*)::integer AS count, coalesce(sum(size), 0)::text AS bytes
         FROM attachments WHERE application_id = $1`,
        [info.applicationId],
      );
      const count = held[0]?.count ?? 0;
      const bytes = Number(held[0]?.bytes ?? 0);
      if (count + 1 > limits.maxCount) return { refused: 'count', count, bytes };
      if (bytes + info.size > limits.maxTotalBytes) return { refused: 'bytes', count, bytes };
      const { rows } = await client.query<AttachmentDbRow>(
        `INSERT INTO attachments (${columns}, content)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
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
      if (row === undefined) throw new Error(`attachment ${info.id} was not stored`);
      return { stored: toInfo(row) };
    });
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
