-- Members waiting for a taken slot, or for any free slot of a court or club inside a window. The
-- exclusion constraint is the last word on "no member holds two offers for overlapping times".
create table waitlist_entry (
    id              uuid primary key,
    member_id       uuid        not null,
    club_id         uuid        not null references club (id),
    court_id        uuid references court (id),
    window_start    timestamptz not null,
    window_end      timestamptz not null,
    minutes         int         not null check (minutes > 0),
    party_size      int         not null check (party_size between 1 and 8),
    status          varchar(20) not null,
    reservation_id  uuid,
    offer_court_id  uuid,
    offer_starts_at timestamptz,
    offer_ends_at   timestamptz,
    offer_expires_at timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null,
    constraint waitlist_window check (window_start < window_end),
    constraint waitlist_offer_complete check (status <> 'OFFERED'
        or (reservation_id is not null and offer_starts_at < offer_ends_at)),
    constraint waitlist_one_offer_at_a_time exclude using gist (
        member_id with =,
        (tstzrange(offer_starts_at, offer_ends_at, '[)')) with &&
    ) where (status = 'OFFERED')
);
-- FIFO among the live entries of a club
create index waitlist_club_fifo on waitlist_entry (club_id, created_at, id) where status = 'WAITING';
create index waitlist_member on waitlist_entry (member_id, created_at desc);
create unique index waitlist_offer_reservation on waitlist_entry (reservation_id) where reservation_id is not null;
create index waitlist_window_start on waitlist_entry (window_start) where status = 'WAITING';

-- Time that may have freed, written in the transaction that freed it (so it survives a crash) and
-- offered to the waiters by whichever instance claims the row first.
create table waitlist_freed_time (
    id         bigserial primary key,
    club_id    uuid        not null,
    court_id   uuid        not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    attempts   int         not null default 0,
    not_before timestamptz not null
);
create index waitlist_freed_time_due on waitlist_freed_time (not_before, id);
