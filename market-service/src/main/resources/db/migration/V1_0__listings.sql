-- Listings: gear a seller offers for points. Text is stored exactly as written (served only as JSON
-- text). A listing is edited only while ON_SALE; a trade moves it to RESERVED, then SOLD or back.
create table listing (
    id             uuid primary key,
    seller_id      uuid           not null,
    title          varchar(100)   not null check (length(btrim(title)) > 0),
    description    varchar(5000)  not null,
    category       varchar(20)    not null check (category in ('RACKET', 'STRINGS', 'SHOES', 'BAGS', 'BALLS', 'MACHINES', 'OTHER')),
    item_condition varchar(20)    not null check (item_condition in ('NEW', 'LIKE_NEW', 'GOOD', 'FAIR', 'WORN')),
    brand          varchar(60),
    model          varchar(60),
    price          bigint         not null check (price > 0 and price <= 100000000),
    club_id        uuid,
    area           varchar(60),
    status         varchar(20)    not null check (status in ('ON_SALE', 'RESERVED', 'SOLD', 'WITHDRAWN')),
    hidden         boolean        not null,
    hidden_reason  varchar(500),
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    version        bigint         not null
);
create index listing_seller on listing (seller_id, created_at desc);

create table listing_image (
    listing_id uuid          not null references listing (id) on delete cascade,
    position   integer       not null check (position >= 0 and position < 10),
    url        varchar(2000) not null check (url like 'https://%'),
    primary key (listing_id, position)
);

-- Search: keywords in Korean or English anywhere in the title or description (trigram indexes serve
-- lower(...) like '%word%'), filters on what is visible, newest or cheapest first.
create extension if not exists pg_trgm;
create index listing_title_trgm on listing using gin (lower(title) gin_trgm_ops);
create index listing_description_trgm on listing using gin (lower(description) gin_trgm_ops);
create index listing_visible_newest on listing (status, created_at desc, id desc) where not hidden;
create index listing_visible_price on listing (status, price, id) where not hidden;
create index listing_visible_category on listing (category, status, created_at desc) where not hidden;
create index listing_club on listing (club_id, status, created_at desc) where club_id is not null and not hidden;

-- Wishlists: listings a member keeps, and whether they hear when the price drops.
create table favourite (
    listing_id  uuid        not null references listing (id) on delete cascade,
    member_id   uuid        not null,
    watch_price boolean     not null,
    created_at  timestamptz not null,
    primary key (listing_id, member_id)
);
create index favourite_member on favourite (member_id, created_at desc);
create index favourite_price_watch on favourite (listing_id) where watch_price;
