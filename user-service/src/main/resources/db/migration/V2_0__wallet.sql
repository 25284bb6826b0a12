-- The points wallet of each user: its balance (never negative) and the ledger that explains it.
-- The balance always equals the sum of the wallet's ledger amounts; every change of the balance
-- writes exactly one entry, under the wallet's row lock, numbered by the wallet's entry sequence.
CREATE TABLE wallet (
    user_id       UUID                     PRIMARY KEY,
    balance       BIGINT                   NOT NULL DEFAULT 0 CONSTRAINT wallet_balance_not_negative CHECK (balance >= 0),
    last_sequence BIGINT                   NOT NULL DEFAULT 0 CHECK (last_sequence >= 0),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One entry per balance change. operation_id identifies the cause (the charge, payment, refund, hold
-- or release); a wallet records each kind of operation once per id, which makes every debit and
-- credit idempotent on it. reference says what the points were for (e.g. court-reservation/<id>).
CREATE TABLE ledger_entry (
    id            UUID                     PRIMARY KEY,
    wallet_id     UUID                     NOT NULL REFERENCES wallet (user_id),
    sequence      BIGINT                   NOT NULL CHECK (sequence > 0),
    type          TEXT                     NOT NULL CHECK (type IN ('CHARGE', 'USE', 'REFUND', 'HOLD', 'RELEASE')),
    amount        BIGINT                   NOT NULL,
    balance_after BIGINT                   NOT NULL CHECK (balance_after >= 0),
    operation_id  UUID                     NOT NULL,
    reference     TEXT                     NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ledger_entry_sequence_unique UNIQUE (wallet_id, sequence),
    CONSTRAINT ledger_entry_operation_once UNIQUE (type, operation_id),
    CONSTRAINT ledger_entry_amount_sign CHECK (
        (type IN ('CHARGE', 'REFUND', 'RELEASE') AND amount > 0) OR (type IN ('USE', 'HOLD') AND amount < 0))
);

-- What the wallet decided for each payment court-service requested, keyed by the payment id: the
-- anchor that makes the payment saga idempotent (debit at most once, never after a cancellation).
-- A cancellation that arrives before its request leaves a CANCELLED mark without amount or reference.
CREATE TABLE wallet_payment (
    payment_id  UUID                     PRIMARY KEY,
    user_id     UUID                     NOT NULL,
    amount      BIGINT                   CHECK (amount > 0),
    reference   TEXT,
    status      TEXT                     NOT NULL CHECK (status IN ('DEBITED', 'DECLINED', 'CANCELLED', 'REFUNDED')),
    reason      TEXT,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX wallet_payment_user ON wallet_payment (user_id);
