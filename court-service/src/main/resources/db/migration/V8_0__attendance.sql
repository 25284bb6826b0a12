-- Check-in and no-shows: when a confirmed reservation was checked in, each club's attendance rule,
-- the members' reliability records (one outcome per reservation), the online booking suspensions
-- repeated no-shows cause, and the codes members show at the desk.
alter table reservation add column checked_in_at timestamptz;
create index reservation_due_attendance on reservation (starts_at) where status = 'CONFIRMED';

create table attendance_rule (
    club_id                 uuid primary key references club (id),
    enabled                 boolean     not null,
    check_in_opens_minutes  integer     not null check (check_in_opens_minutes between 0 and 240),
    check_in_closes_minutes integer     not null check (check_in_closes_minutes between 1 and 240),
    no_show_policy          varchar(20) not null check (no_show_policy in ('NO_REFUND', 'PARTIAL_REFUND', 'DEPOSIT_KEPT')),
    refund_percent          integer     not null check (refund_percent between 0 and 100),
    deposit                 bigint      not null check (deposit >= 0),
    suspend_after           integer     not null check (suspend_after between 1 and 100),
    window_days             integer     not null check (window_days between 1 and 365),
    suspension_days         integer     not null check (suspension_days between 0 and 365),
    updated_at              timestamptz not null
);

-- No foreign key to reservation: the record outlives the reservation's move to the archive.
create table attendance (
    reservation_id uuid primary key,
    member_id      uuid        not null,
    club_id        uuid        not null,
    outcome        varchar(20) not null check (outcome in ('CHECKED_IN', 'NO_SHOW')),
    starts_at      timestamptz not null,
    recorded_at    timestamptz not null
);
create index attendance_member on attendance (member_id, club_id, recorded_at);

create table booking_suspension (
    member_id       uuid        not null,
    club_id         uuid        not null,
    suspended_until timestamptz not null,
    no_shows        integer     not null,
    primary key (member_id, club_id)
);

create table check_in_code (
    reservation_id uuid primary key,
    club_id        uuid       not null,
    code           varchar(6) not null,
    unique (club_id, code)
);
