-- Ticketed events: dates with numbered seats, and the members' seat reservations. The seat row is the
-- guard against selling a seat twice (a conditional update takes it); the partial unique index on live
-- seat reservations is a second, independent guard.
create table ticketed_event (
    id             uuid primary key,
    club_id        uuid         not null references club (id),
    title          varchar(120) not null,
    time_zone      varchar(64)  not null,
    seats_per_date integer      not null check (seats_per_date between 1 and 500),
    price_per_seat bigint       not null check (price_per_seat >= 0),
    high_demand    boolean      not null,
    created_by     uuid         not null,
    created_at     timestamptz  not null,
    version        bigint       not null
);
create index ticketed_event_club on ticketed_event (club_id, created_at desc);
create index ticketed_event_created on ticketed_event (created_at desc);

create table event_date (
    id         uuid primary key,
    event_id   uuid        not null references ticketed_event (id),
    starts_at  timestamptz not null,
    seat_count integer     not null check (seat_count between 1 and 500)
);
create index event_date_event on event_date (event_id, starts_at);

create table seat (
    event_date_id  uuid        not null references event_date (id),
    seat_number    integer     not null,
    time_zone      varchar(64) not null,
    status         varchar(12) not null check (status in ('AVAILABLE', 'HELD', 'RESERVED', 'CANCELED')),
    reservation_id uuid,
    held_until     timestamptz,
    canceled_at    timestamptz,
    primary key (event_date_id, seat_number)
);
create index seat_canceled on seat (time_zone, canceled_at) where status = 'CANCELED';

create table seat_reservation (
    id             uuid primary key,
    event_id       uuid        not null references ticketed_event (id),
    event_date_id  uuid        not null references event_date (id),
    seat_number    integer     not null,
    member_id      uuid        not null,
    status         varchar(20) not null,
    price          bigint      not null check (price >= 0),
    held_until     timestamptz not null,
    payment_id     uuid unique,
    payment_requested_at timestamptz,
    failure_reason varchar(40),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null
);
create unique index seat_reservation_live on seat_reservation (event_date_id, seat_number)
    where status in ('HELD', 'PAYMENT_PENDING', 'RESERVED');
create index seat_reservation_member on seat_reservation (member_id, created_at desc);
create index seat_reservation_due on seat_reservation (held_until) where status = 'HELD';
create index seat_reservation_paying on seat_reservation (payment_requested_at) where status = 'PAYMENT_PENDING';

-- One row per zone and local date on which canceled seats were reopened: the primary key lets exactly
-- one instance run a day's reopening.
create table seat_reopening_run (
    time_zone varchar(64) not null,
    run_date  date        not null,
    reopen_at timestamptz not null,
    ran_at    timestamptz not null,
    reopened  integer     not null,
    primary key (time_zone, run_date)
);
