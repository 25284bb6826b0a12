-- Clubs, their managers, schedule, booking and price rules; courts and their blocks.
create extension if not exists btree_gist;

create table club (
    id                          uuid primary key,
    name                        varchar(120) not null,
    address                     varchar(300) not null,
    region                      varchar(80)  not null,
    time_zone                   varchar(64)  not null,
    slot_minutes                integer      not null check (slot_minutes between 15 and 240),
    advance_window_days         integer      not null,
    minimum_notice_minutes      integer      not null,
    max_slots_per_reservation   integer      not null,
    max_active_holds            integer      not null,
    max_active_reservations     integer      not null,
    cancellation_deadline_hours integer      not null,
    cancellation_fee_percent    integer      not null check (cancellation_fee_percent between 0 and 100),
    created_at                  timestamptz  not null,
    version                     bigint       not null
);
create index club_region on club (lower(region));

create table club_manager (
    club_id uuid not null references club (id) on delete cascade,
    user_id uuid not null,
    primary key (club_id, user_id)
);
create index club_manager_user on club_manager (user_id);

create table club_opening_hours (
    club_id     uuid       not null references club (id) on delete cascade,
    day_of_week varchar(9) not null,
    opens_at    time       not null,
    closes_at   time       not null,
    primary key (club_id, day_of_week)
);

create table club_price_rule (
    club_id     uuid        not null references club (id) on delete cascade,
    position    integer     not null,
    label       varchar(60) not null,
    day_of_week varchar(9),
    starts_at   time        not null,
    ends_at     time        not null,
    percent     integer     not null check (percent between 0 and 1000),
    primary key (club_id, position)
);

create table court (
    id         uuid primary key,
    club_id    uuid        not null references club (id),
    name       varchar(80) not null,
    surface    varchar(20) not null,
    indoor     boolean     not null,
    base_price bigint      not null check (base_price >= 0),
    active     boolean     not null,
    created_at timestamptz not null,
    version    bigint      not null
);
create index court_club on court (club_id);
create index court_search on court (surface, indoor, base_price) where active;

create table court_block (
    id         uuid primary key,
    court_id   uuid         not null references court (id),
    club_id    uuid         not null references club (id),
    reason     varchar(20)  not null,
    note       varchar(200),
    starts_at  timestamptz  not null,
    ends_at    timestamptz  not null,
    created_by uuid         not null,
    created_at timestamptz  not null,
    check (starts_at < ends_at)
);
create index court_block_court on court_block using gist (court_id, tstzrange(starts_at, ends_at, '[)'));
create index court_block_club on court_block (club_id, starts_at);
