-- Issue 15: an Idempotency-Key reused with a different request must be refused, not answered
-- with the first request's result (a client that reuses keys by mistake would believe its second,
-- different, command had been done). The hash of the request is kept with the key's result.

ALTER TABLE commands ADD COLUMN request_hash text;
COMMENT ON COLUMN commands.request_hash IS
  'SHA-256 (hex) of the HTTP request body that carried the Idempotency-Key; the same key with another body is refused (422 server.idempotency_key_reused). NULL for keys the server makes itself (timers, payments, no header).';
