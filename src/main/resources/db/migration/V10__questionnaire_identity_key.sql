-- The key that seals the identity written into each questionnaire (HMAC-SHA-256 over campaign, department and
-- questions), so a department cannot pass its file off as another's. It is random, made by the workbench for each
-- campaign, and never leaves this encrypted database. Campaigns created before this migration get theirs the next
-- time their questionnaires are exported or checked; files they sent out before carry no seal.
ALTER TABLE si_campaign ADD COLUMN identity_key BINARY(32);
-- Every campaign gets its key here, so that exporting questionnaires later only reads the workbench (a read-only
-- command keeps the file's bytes). The code generator reads the schema only, not these data statements.
-- [jooq ignore start]
UPDATE si_campaign SET identity_key = SECURE_RAND(32) WHERE identity_key IS NULL;
-- [jooq ignore stop]
