-- One more document kind: the copy of the inventory (тізімдеме) of seed 004 14-т. 1) and 16-т.,
-- which proves the licensed activity lawful after tacit consent until the licence itself is
-- received. The check lists every kind so a typo in code fails at insert.

ALTER TABLE documents DROP CONSTRAINT documents_kind_check;
ALTER TABLE documents ADD CONSTRAINT documents_kind_check CHECK (
  kind IN (
    'license',
    'appendix',
    'refusal',
    'preliminary-decision',
    'receipt',
    'application-form',
    'qualification-info',
    'inventory'
  )
);
COMMENT ON CONSTRAINT documents_kind_check ON documents IS
  'The kinds of src/documents/content.ts documentKinds; widened by 0007 (application form, qualification information) and 0014 (the inventory of seed 004 14-т. 1)).';
