create extension if not exists btree_gist;

-- A player's (or a doubles pair's) request for a match: levels, clubs, and time windows as instants
-- (entered as local times of the clubs' zone, kept for display).
create table match_request (
    id            uuid primary key,
    player_id     uuid          not null,
    partner_id    uuid,
    game_type     varchar(10)   not null check (game_type in ('SINGLES', 'DOUBLES')),
    level         numeric(2, 1) not null check (level between 1.0 and 7.0),
    partner_level numeric(2, 1) check (partner_level between 1.0 and 7.0),
    min_level     numeric(2, 1) not null check (min_level between 1.0 and 7.0),
    max_level     numeric(2, 1) not null check (max_level between 1.0 and 7.0),
    zone          varchar(64)   not null,
    club_ids      uuid[]        not null check (cardinality(club_ids) between 1 and 10),
    status        varchar(10)   not null check (status in ('OPEN', 'MATCHED', 'CANCELLED', 'EXPIRED')),
    match_id      uuid,
    created_at    timestamptz   not null,
    closed_at     timestamptz,
    version       bigint        not null,
    check (min_level <= max_level),
    check (partner_id is null or game_type = 'DOUBLES'),
    check ((partner_id is null) = (partner_level is null)),
    check (partner_id is distinct from player_id),
    check ((status = 'MATCHED') = (match_id is not null))
);
create index match_request_open on match_request (created_at, id) where status = 'OPEN';
create index match_request_player on match_request (player_id, created_at desc);

-- One row per window and player of a request (the partner's too): the last word on "one open request
-- per overlapping window per player".
create table match_request_window (
    request_id uuid        not null references match_request (id) on delete cascade,
    player_id  uuid        not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    open       boolean     not null,
    check (ends_at > starts_at),
    constraint one_open_request_per_window exclude using gist (
        player_id with =, tstzrange(starts_at, ends_at) with &&) where (open)
);
create index match_request_window_request on match_request_window (request_id);

-- A match the matcher formed: two or four players, one club, one slot.
create table matches (
    id         uuid primary key,
    game_type  varchar(10) not null check (game_type in ('SINGLES', 'DOUBLES')),
    club_id    uuid        not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    status     varchar(12) not null,
    formed_at  timestamptz not null,
    version    bigint      not null,
    check (ends_at > starts_at)
);

-- The players of a match, with its slot copied so the database refuses a player in two matches at once.
create table match_player (
    match_id   uuid        not null references matches (id) on delete cascade,
    player_id  uuid        not null,
    request_id uuid        not null references match_request (id),
    team       smallint    not null check (team in (1, 2)),
    level      numeric(2, 1) not null check (level between 1.0 and 7.0),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    active     boolean     not null,
    primary key (match_id, player_id),
    constraint player_in_one_match_at_a_time exclude using gist (
        player_id with =, tstzrange(starts_at, ends_at) with &&) where (active)
);
create unique index match_player_request on match_player (request_id, player_id) where active;
create index match_player_player on match_player (player_id);
