-- Layout 3 of signed documents (src/documents/pdf.ts): the licence and its appendix carry the
-- state emblem above the title, a Russian document prints the state database's Russian address,
-- and a duplicate is marked as one with the permit's first issue date. Documents signed with
-- layouts 1 and 2 keep theirs, so they still re-render to the bytes that were signed.
ALTER TABLE documents DROP CONSTRAINT documents_layout_check;
ALTER TABLE documents ADD CONSTRAINT documents_layout_check CHECK (layout IN (1, 2, 3));
COMMENT ON COLUMN documents.layout IS
  'The PDF layout the document was rendered and signed with (src/documents/pdf.ts): 1 prints the certificate subject at the foot, 2 the signer''s name and position, 3 adds the state emblem, the Russian address and the duplicate''s mark. Re-verification renders with the same layout.';
