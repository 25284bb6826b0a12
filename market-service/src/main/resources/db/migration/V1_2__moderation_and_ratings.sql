-- Reports of listings by members, once per member and listing.
create table listing_report (
    listing_id  uuid         not null references listing (id) on delete cascade,
    reporter_id uuid         not null,
    reason      varchar(500) not null,
    reported_at timestamptz  not null,
    primary key (listing_id, reporter_id)
);

-- Members an admin suspended from the market.
create table market_suspension (
    member_id    uuid primary key,
    reason       varchar(500) not null,
    suspended_at timestamptz  not null
);

-- One rating of the seller per completed trade, by its buyer.
create table seller_rating (
    trade_id  uuid primary key references trade (id),
    seller_id uuid         not null,
    buyer_id  uuid         not null,
    stars     smallint     not null check (stars between 1 and 5),
    comment   varchar(500),
    rated_at  timestamptz  not null
);
create index seller_rating_seller on seller_rating (seller_id, rated_at desc);
