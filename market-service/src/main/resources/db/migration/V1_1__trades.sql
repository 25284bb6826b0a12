-- Trades: one buyer's purchase of one listing, its price held in escrow by the wallet meanwhile.
create table trade (
    id             uuid primary key,
    listing_id     uuid          not null references listing (id),
    buyer_id       uuid          not null,
    seller_id      uuid          not null,
    amount         bigint        not null check (amount > 0),
    title          varchar(100)  not null,
    status         varchar(20)   not null check (status in ('REQUESTED', 'HELD', 'HANDED_OVER', 'DISPUTED', 'COMPLETED', 'CANCELLED')),
    outcome        varchar(40),
    dispute_reason varchar(1000),
    confirm_by     timestamptz,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null,
    check (buyer_id <> seller_id),
    check (status <> 'HANDED_OVER' or confirm_by is not null)
);

-- The last word on "one active trade per listing", whatever got past the Redisson lock.
create unique index trade_one_active_per_listing on trade (listing_id)
    where status in ('REQUESTED', 'HELD', 'HANDED_OVER', 'DISPUTED');
create index trade_buyer on trade (buyer_id, created_at desc);
create index trade_seller on trade (seller_id, created_at desc);
create index trade_status on trade (status, updated_at);
create index trade_confirmation_due on trade (confirm_by) where status = 'HANDED_OVER';
