-- Walk-in parties of a club's day. Every entry lives here (ended ones only here); the active ones are
-- mirrored in Redis for status polls and rebuilt from this table when Redis lost them.
create table walk_in (
    id               uuid primary key,
    club_id          uuid        not null references club (id),
    business_date    date        not null,
    ticket           int         not null check (ticket > 0),
    member_id        uuid,
    phone            varchar(20),
    party_size       int         not null check (party_size between 1 and 20),
    status           varchar(20) not null,
    answer_due       timestamptz,
    expected_arrival timestamptz,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null,
    constraint walk_in_party check (member_id is not null or phone is not null),
    constraint walk_in_ticket unique (club_id, business_date, ticket)
);
-- one live entry per member and club day: the last word on duplicate registrations
create unique index walk_in_one_per_member on walk_in (club_id, business_date, member_id)
    where member_id is not null and status in ('WAITING', 'FIRST_CALLED', 'FINAL_CALLED', 'COMING', 'ARRIVED');
create index walk_in_queue on walk_in (club_id, business_date, ticket);
create index walk_in_due on walk_in (answer_due) where answer_due is not null;

-- No-shows (a final call unanswered), per club; the desk may remove one or clear the list.
create table walk_in_no_show (
    id          uuid primary key,
    club_id     uuid        not null references club (id),
    walk_in_id  uuid        not null references walk_in (id),
    member_id   uuid,
    phone       varchar(20),
    recorded_at timestamptz not null
);
create index walk_in_no_show_member on walk_in_no_show (club_id, member_id, recorded_at);
