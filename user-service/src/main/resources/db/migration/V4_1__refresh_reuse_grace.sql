-- Refresh-token reuse grace (issue 12, item 2): a rotated token remembers its successor and the
-- answer it got, encrypted under a key derived from the rotated token itself (so the row alone
-- reveals nothing), to give a client that lost the answer the same pair again for a few seconds.
ALTER TABLE refresh_token ADD COLUMN successor_hash bytea;
ALTER TABLE refresh_token ADD COLUMN grace_answer bytea;
