/** The attachments table (migration 0006): named SQL, one function per query. */
import type pg from 'pg';
import type { AttachmentMediaType } from './attachment-type.ts';

export interface AttachmentInfo {
  id: string;
  applicationId: string;
  documentId: string;
  name: string;
  mediaType: AttachmentMediaType;
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
  media_type: AttachmentMediaType;
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

/**
 * Stores a file, only while the application is still a draft: the status is checked in the same
 * statement, so an upload racing the submission either lands before it or is refused.
 */
export async function insertAttachment(
  pool: pg.Pool,
  info: AttachmentInfo,
  content: Uint8Array,
): Promise<AttachmentInfo | undefined> {
  const { rows } = await pool.query<AttachmentDbRow>(
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
export async function listAttachments(pool: pg.Pool, applicationId: string): Promise<AttachmentInfo[]> {
  const { rows } = await pool.query<AttachmentDbRow>(
    `SELECT ${columns} FROM attachments WHERE application_id = $1 ORDER BY uploaded_at, id`,
    [applicationId],
  );
  return rows.map(toInfo);
}

/** One attachment of the application with its bytes, if any. */
export async function findAttachment(
  pool: pg.Pool,
  applicationId: string,
  id: string,
): Promise<{ info: AttachmentInfo; content: Buffer } | undefined> {
  const { rows } = await pool.query<AttachmentDbRow & { content: Buffer }>(
    `SELECT ${columns}, content FROM attachments WHERE application_id = $1 AND id = $2`,
    [applicationId, id],
  );
  const row = rows[0];
  return row === undefined ? undefined : { info: toInfo(row), content: row.content };
}
