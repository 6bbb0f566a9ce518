-- Signed documents: the layout each PDF was rendered with, and one signed original per content.
-- Layout 1 printed the raw certificate subject (with the official's IIN) at the foot; layout 2
-- prints the signer's name and position. A recorded document is re-rendered to re-verify it,
-- so each keeps the layout it was signed with (existing rows: 1).
ALTER TABLE documents ADD COLUMN layout smallint NOT NULL DEFAULT 1 CHECK (layout IN (1, 2));
COMMENT ON COLUMN documents.layout IS
  'The PDF layout the document was rendered and signed with (src/documents/pdf.ts): 1 prints the certificate subject at the foot, 2 the signer''s name and position. Re-verification renders with the same layout.';

-- Two first downloads at once each signed their own PDF (their signing instants differ, so
-- their hashes too) and both were recorded. content_sha256 is the SHA-256 of what the document
-- says (its content, without the signing time): one original per application, kind, language,
-- layout and content; the second insert finds the first's row (ON CONFLICT DO NOTHING).
ALTER TABLE documents ADD COLUMN content_sha256 text;
COMMENT ON COLUMN documents.content_sha256 IS
  'SHA-256 of the canonical JSON of the document''s content (src/documents/content.ts), without the signing time; null for documents recorded before migration 0014.';
CREATE UNIQUE INDEX documents_one_original ON documents (application_id, kind, lang, layout, content_sha256)
  WHERE content_sha256 IS NOT NULL;
