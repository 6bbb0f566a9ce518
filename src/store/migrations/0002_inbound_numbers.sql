-- Inbound (registration) numbers come from a sequence rather than the gapless `sequences`
-- table: a gapless counter is a row every submission must lock until it commits, which made
-- all submissions of a provider wait on each other (engine.submit: 310/s at 4 connections, no
-- better than 1). A sequence never blocks; a number taken by a transaction that then rolls
-- back is skipped, never reused.
CREATE SEQUENCE inbound_numbers AS bigint;
COMMENT ON SEQUENCE inbound_numbers IS
  'Registration numbers of applications (талон): unique and increasing; a rolled-back submission leaves a gap.';
