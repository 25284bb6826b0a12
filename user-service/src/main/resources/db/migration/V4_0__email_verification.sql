-- E-mail verification and password reset (issue 12, item 10).
ALTER TABLE user_account ADD COLUMN email_verified_at timestamptz;

-- Accounts from before verification existed keep booking and paying as they did.
UPDATE user_account SET email_verified_at = created_at WHERE email IS NOT NULL;

-- One-time tokens sent by e-mail, stored as SHA-256 hashes only. A token confirms the address it
-- was sent to (a later change of address voids it); a verification token may carry the password of
-- the sign-up it answers, set on the account when the link is followed.
CREATE TABLE email_token (
    token_hash    bytea PRIMARY KEY,
    account_id    uuid         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    purpose       varchar(20)  NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    email         varchar(254) NOT NULL,
    password_hash varchar(255),
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    used_at       timestamptz
);

CREATE INDEX email_token_account ON email_token (account_id, purpose) WHERE used_at IS NULL;
