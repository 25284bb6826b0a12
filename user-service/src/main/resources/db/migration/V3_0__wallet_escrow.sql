-- The wallet's side of each market trade, keyed by the trade id (also the operation id of its HOLD and
-- RELEASE ledger entries, which the ledger records once each). Points in escrow are those of HELD rows:
-- across all wallets, sum(balance) + sum(amount of HELD escrows) changes only by charges, payments and
-- refunds, never by trades.
CREATE TABLE wallet_escrow (
    trade_id   UUID                     PRIMARY KEY,
    buyer_id   UUID                     NOT NULL,
    seller_id  UUID                     NOT NULL,
    amount     BIGINT                   NOT NULL CHECK (amount > 0),
    status     TEXT                     NOT NULL CHECK (status IN ('HELD', 'DECLINED', 'CANCELLED', 'RELEASED_TO_SELLER', 'RELEASED_TO_BUYER')),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (buyer_id <> seller_id)
);

CREATE INDEX wallet_escrow_buyer ON wallet_escrow (buyer_id);
CREATE INDEX wallet_escrow_held ON wallet_escrow (status) WHERE status = 'HELD';
