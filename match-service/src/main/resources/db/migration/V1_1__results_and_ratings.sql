-- What each side reported; two agreeing reports (or an admin's) record the result.
create table match_report (
    match_id    uuid        not null references matches (id) on delete cascade,
    team        smallint    not null check (team in (1, 2)),
    reported_by uuid        not null,
    sets        varchar(40) not null,
    reported_at timestamptz not null,
    primary key (match_id, team)
);

alter table matches
    add column winner      integer check (winner in (1, 2)),
    add column score       varchar(40),
    add column recorded_at timestamptz,
    add check ((status = 'RECORDED') = (winner is not null and score is not null and recorded_at is not null));

-- Each player's Glicko-2 rating, created from their NTRP level at their first recorded match.
create table rating (
    player_id  uuid primary key,
    rating     double precision not null,
    deviation  double precision not null check (deviation > 0),
    volatility double precision not null check (volatility > 0),
    matches    integer          not null check (matches >= 0),
    updated_at timestamptz      not null,
    version    bigint           not null
);
create index rating_rank on rating (rating desc);
