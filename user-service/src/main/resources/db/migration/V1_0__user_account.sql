-- Accounts: members, court managers and admins. A withdrawn account keeps its id (other services
-- reference it) but loses everything that identifies the person.
CREATE TABLE user_account (
    id               uuid PRIMARY KEY,
    email            varchar(254),
    password_hash    varchar(255),
    nickname         varchar(30)  NOT NULL,
    phone            varchar(20),
    ntrp_level       numeric(2, 1) CHECK (ntrp_level BETWEEN 1.0 AND 7.0),
    home_region      varchar(60),
    notify_email     boolean      NOT NULL,
    notify_sms       boolean      NOT NULL,
    notify_push      boolean      NOT NULL,
    notify_marketing boolean      NOT NULL,
    status           varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
    suspension_reason varchar(200),
    created_at       timestamptz  NOT NULL,
    withdrawn_at     timestamptz,
    version          bigint       NOT NULL
);

CREATE UNIQUE INDEX user_account_email ON user_account (email);
CREATE INDEX user_account_created_at ON user_account (created_at);

CREATE TABLE user_account_role (
    account_id uuid        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role       varchar(20) NOT NULL CHECK (role IN ('MEMBER', 'COURT_MANAGER', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

-- Accounts of social login providers linked to ours.
CREATE TABLE social_identity (
    provider   varchar(30)  NOT NULL,
    subject    varchar(255) NOT NULL,
    account_id uuid         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    linked_at  timestamptz  NOT NULL,
    PRIMARY KEY (provider, subject)
);

CREATE INDEX social_identity_account ON social_identity (account_id);
