-- Split payment of a confirmed match's court (issue 15): each player's share is requested from their own
-- wallet; the match waits in PAYMENT_PENDING (a semantic lock) until every share of the attempt is paid
-- and court-service confirmed the reservation (PAID), or falls back. A match may be paid in several
-- attempts (a declined share withdraws that player's confirmation; confirming again starts a new attempt).
ALTER TABLE matches
    ALTER COLUMN status TYPE varchar(16),
    ALTER COLUMN cancel_reason TYPE varchar(16),
    ADD COLUMN payment_attempt integer NOT NULL DEFAULT 0,
    ADD COLUMN payment_due     timestamptz;

CREATE INDEX matches_paying ON matches (payment_due) WHERE status = 'PAYMENT_PENDING';

-- One player's share of one payment attempt; its id is the payment id the wallet debits at most once
-- (and the refund id when it is paid back, so the wallet credits it at most once).
CREATE TABLE match_share (
    payment_id   uuid PRIMARY KEY,
    match_id     uuid        NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    attempt      integer     NOT NULL CHECK (attempt > 0),
    player_id    uuid        NOT NULL,
    amount       bigint      NOT NULL CHECK (amount > 0),
    status       varchar(12) NOT NULL CHECK (status IN ('REQUESTED', 'PAID', 'DECLINED', 'CANCELLED', 'REFUNDING', 'REFUNDED')),
    reason       varchar(40),
    requested_at timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (match_id, attempt, player_id)
);
