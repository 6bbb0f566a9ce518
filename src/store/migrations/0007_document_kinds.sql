-- Two more document kinds: the paper application form (seed 004 annex 2) and the
-- qualification-requirements information (seed 000 annex 1), both filled from the application
-- and signed like the others. The check lists every kind so a typo in code fails at insert.

ALTER TABLE documents DROP CONSTRAINT documents_kind_check;
ALTER TABLE documents ADD CONSTRAINT documents_kind_check CHECK (
  kind IN (
    'license',
    'appendix',
    'refusal',
    'preliminary-decision',
    'receipt',
    'application-form',
    'qualification-info'
  )
);
COMMENT ON CONSTRAINT documents_kind_check ON documents IS
  'The kinds of src/documents/content.ts documentKinds; widened by 0007 for the application form and the qualification information.';
