-- Open matches (issue 15): a court reservation the publisher holds (or, as a manager, runs the club of)
-- offered to others until its places are taken. The row is locked while a player joins or leaves; the checks
-- are the last word against over-admission.
create table open_match (
    id             uuid primary key,
    publisher_id   uuid          not null,
    publisher_plays boolean      not null,
    reservation_id uuid          not null,
    club_id        uuid          not null,
    court_id       uuid          not null,
    game_type      varchar(10)   not null check (game_type in ('SINGLES', 'DOUBLES')),
    min_level      numeric(2, 1) not null check (min_level between 1.0 and 7.0),
    max_level      numeric(2, 1) not null check (max_level between 1.0 and 7.0),
    places         integer       not null check (places between 1 and 4),
    taken          integer       not null,
    starts_at      timestamptz   not null,
    ends_at        timestamptz   not null,
    leave_by       timestamptz   not null,
    status         varchar(10)   not null check (status in ('OPEN', 'FULL', 'CANCELLED')),
    created_at     timestamptz   not null,
    cancelled_at   timestamptz,
    cancel_reason  varchar(20) check (cancel_reason in ('PUBLISHER', 'RESERVATION_ENDED')),
    version        bigint        not null,
    check (min_level <= max_level),
    check (ends_at > starts_at),
    check (taken between 0 and places),
    check ((status = 'FULL') = (taken = places) or status = 'CANCELLED'),
    check ((status = 'CANCELLED') = (cancelled_at is not null and cancel_reason is not null))
);
-- one live open match per reservation
create unique index open_match_reservation on open_match (reservation_id) where status <> 'CANCELLED';
create index open_match_listing on open_match (club_id, starts_at) where status = 'OPEN';
create index open_match_publisher on open_match (publisher_id, starts_at desc);

create table open_match_player (
    open_match_id uuid        not null references open_match (id) on delete cascade,
    player_id     uuid        not null,
    joined_at     timestamptz not null,
    primary key (open_match_id, player_id)
);
create index open_match_player_player on open_match_player (player_id);
