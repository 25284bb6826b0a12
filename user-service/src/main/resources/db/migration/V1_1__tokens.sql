-- Signing keys of access tokens. The private key is stored encrypted (AES-GCM); a key signs until it
-- is retired and stays in the JWKS until it expires (the grace period).
CREATE TABLE signing_key (
    kid         varchar(64) PRIMARY KEY,
    public_jwk  text        NOT NULL,
    private_key bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    retired_at  timestamptz,
    expires_at  timestamptz
);

-- A login session: every refresh token descends from one login; reuse of a rotated token, logout,
-- a password change or withdrawal revokes the whole family.
CREATE TABLE refresh_family (
    id            uuid PRIMARY KEY,
    account_id    uuid        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    revoke_reason varchar(30)
);

CREATE INDEX refresh_family_account ON refresh_family (account_id) WHERE revoked_at IS NULL;

-- Refresh tokens are stored as SHA-256 hashes only.
CREATE TABLE refresh_token (
    token_hash bytea PRIMARY KEY,
    family_id  uuid        NOT NULL REFERENCES refresh_family (id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    rotated_at timestamptz
);

CREATE INDEX refresh_token_family ON refresh_token (family_id);

-- Failed-login throttling per login name, known or not.
CREATE TABLE login_throttle (
    login             varchar(254) PRIMARY KEY,
    attempts          integer      NOT NULL,
    window_started_at timestamptz  NOT NULL
);
