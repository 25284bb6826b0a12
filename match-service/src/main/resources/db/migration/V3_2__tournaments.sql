-- Club tournaments (issue 15): single elimination, seeded by rating, results entered by the manager.
create table tournament (
    id           uuid primary key,
    club_id      uuid         not null,
    manager_id   uuid         not null,
    name         varchar(100) not null,
    status       varchar(12)  not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    created_at   timestamptz  not null,
    completed_at timestamptz,
    version      bigint       not null,
    check ((status = 'COMPLETED') = (completed_at is not null))
);
create index tournament_club on tournament (club_id, created_at desc);

-- the entrants in seed order (seed = seed_index + 1), with the rating they were seeded by
create table tournament_entrant (
    tournament_id uuid    not null references tournament (id) on delete cascade,
    seed_index    integer not null check (seed_index between 0 and 63),
    player_id     uuid    not null,
    rating        double precision,
    primary key (tournament_id, seed_index),
    unique (tournament_id, player_id)
);

-- every game of the draw; a side is null while it waits for a winner, or for good as a bye
create table tournament_game (
    tournament_id uuid        not null references tournament (id) on delete cascade,
    position      integer     not null,
    round         integer     not null check (round >= 1),
    slot          integer     not null check (slot >= 0),
    player_one    uuid,
    player_two    uuid,
    winner        uuid,
    score         varchar(40),
    primary key (tournament_id, position),
    unique (tournament_id, round, slot),
    check (winner is null or winner = player_one or winner = player_two),
    check ((winner is null) = (score is null))
);
