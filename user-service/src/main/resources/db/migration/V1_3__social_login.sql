-- Social login in flight: the state of an authorization request (with its PKCE verifier and nonce),
-- then the one-time code the frontend exchanges for our tokens.
CREATE TABLE social_login_request (
    state         varchar(64)   PRIMARY KEY,
    provider      varchar(30)   NOT NULL,
    code_verifier varchar(128)  NOT NULL,
    redirect_uri  varchar(500)  NOT NULL,
    created_at    timestamptz   NOT NULL,
    expires_at    timestamptz   NOT NULL
);

CREATE TABLE social_login_code (
    code_hash  bytea PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
