-- Archive of finished reservations and their payments and refunds, moved by the archive job. Each row
-- is kept whole as JSON (a column added to the live table later is never lost) beside the columns
-- reports and look-ups filter on.
create table reservation_archive (
    id          uuid primary key,
    club_id     uuid        not null,
    court_id    uuid        not null,
    member_id   uuid        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    status      varchar(20) not null,
    price       bigint      not null,
    row_data    jsonb       not null,
    archived_at timestamptz not null
);
create index reservation_archive_club on reservation_archive (club_id, starts_at);
create index reservation_archive_member on reservation_archive (member_id, starts_at);

create table payment_archive (
    id             uuid primary key,
    reservation_id uuid        not null,
    status         varchar(20) not null,
    amount         bigint      not null,
    row_data       jsonb       not null,
    archived_at    timestamptz not null
);
create index payment_archive_reservation on payment_archive (reservation_id);

create table refund_archive (
    id             uuid primary key,
    reservation_id uuid        not null,
    row_data       jsonb       not null,
    archived_at    timestamptz not null
);
create index refund_archive_reservation on refund_archive (reservation_id);

-- Reports of closed periods, built once and kept; a period still running is built on each request.
create table stored_report (
    id           uuid primary key,
    scope        varchar(80) not null,
    period       varchar(10) not null,
    starts_on    date        not null,
    format       varchar(5)  not null,
    content      bytea       not null,
    generated_at timestamptz not null,
    unique (scope, period, starts_on, format)
);
