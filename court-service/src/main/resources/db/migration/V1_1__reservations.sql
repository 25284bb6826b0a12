-- Reservations of courts. The exclusion constraint is the final guard against double booking: no two
-- active reservations (held, being paid, confirmed) of one court may overlap in time.
create table reservation (
    id               uuid primary key,
    court_id         uuid        not null references court (id),
    club_id          uuid        not null references club (id),
    member_id        uuid        not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    status           varchar(20) not null,
    price            bigint      not null check (price >= 0),
    held_until       timestamptz not null,
    cancelled_by     varchar(20),
    cancellation_fee bigint,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null,
    constraint reservation_range check (starts_at < ends_at),
    constraint reservation_no_overlap exclude using gist (
        court_id with =,
        (tstzrange(starts_at, ends_at, '[)')) with &&
    ) where (status in ('HELD', 'PAYMENT_PENDING', 'CONFIRMED'))
);
create index reservation_member on reservation (member_id, starts_at desc);
create index reservation_club on reservation (club_id, starts_at);
create index reservation_court on reservation (court_id, starts_at);
create index reservation_due_holds on reservation (held_until) where status = 'HELD';
