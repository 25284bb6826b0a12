-- notification-service's own data: the read models it keeps of other services' facts (members, club
-- audiences), each member's preferences, the inbox, the queue of deliveries to external channels and
-- the fan-outs to many members.

-- Who can be notified, from user-service's events.
create table member (
    id            uuid primary key,
    email         varchar(320),
    nickname      varchar(100),
    roles         varchar(20)[] not null,
    suspended     boolean      not null default false,
    registered_at timestamptz  not null
);
create index member_roles on member using gin (roles);

-- A club's audience: members who follow it (notice-service's events) and members who booked there
-- (court-service's events), the latter kept with the time of their latest booking.
create table club_follower (
    club_id     uuid        not null,
    member_id   uuid        not null,
    followed_at timestamptz not null,
    primary key (club_id, member_id)
);
create table club_booker (
    club_id        uuid        not null,
    member_id      uuid        not null,
    last_booked_at timestamptz not null,
    primary key (club_id, member_id)
);
create index club_booker_recent on club_booker (club_id, last_booked_at);

-- What a member chose; a member without a row has the defaults.
create table preference (
    member_id  uuid primary key,
    language   varchar(5)  not null,
    time_zone  varchar(64) not null,
    quiet_from time,
    quiet_to   time,
    phone      varchar(20),
    push_token varchar(512),
    channels   jsonb       not null,
    updated_at timestamptz not null,
    version    bigint      not null
);

-- The inbox. One notification per recipient and source (the event id, or the announcement): the unique
-- key is what makes a redelivered event or a resumed fan-out create nothing new.
create table notification (
    id           uuid primary key,
    recipient_id uuid          not null,
    source       varchar(120)  not null,
    category     varchar(20)   not null,
    title        varchar(300)  not null,
    body         varchar(4000) not null,
    link         varchar(300),
    created_at   timestamptz   not null,
    read_at      timestamptz,
    constraint notification_once unique (recipient_id, source)
);
create index notification_inbox on notification (recipient_id, id desc);
create index notification_unread on notification (recipient_id, id desc) where read_at is null;

-- Messages to external channels, sent by a worker with retries and backoff, apart from the consumers.
create table delivery (
    id              uuid primary key,
    notification_id uuid          not null references notification (id) on delete cascade,
    channel         varchar(8)    not null check (channel in ('EMAIL', 'SMS', 'PUSH')),
    address         varchar(512)  not null,
    language        varchar(5)    not null,
    subject         varchar(300)  not null,
    body            varchar(4000) not null,
    status          varchar(8)    not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(500),
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    constraint delivery_once unique (notification_id, channel)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';

-- A notification for many members (an admin's announcement, a published notice), fanned out in
-- batches in member id order; the cursor says how far it got, the inbox's unique key makes a batch
-- that is run again after a crash create nothing twice.
create table broadcast (
    id           uuid primary key,
    source       varchar(120) not null unique,
    audience     varchar(8)   not null check (audience in ('ALL', 'ROLE', 'CLUB')),
    role         varchar(20),
    club_id      uuid,
    category     varchar(20)  not null,
    template     varchar(80)  not null,
    arguments    jsonb        not null,
    link         varchar(300),
    created_by   uuid,
    created_at   timestamptz  not null,
    cursor       uuid,
    delivered    integer      not null default 0,
    completed_at timestamptz
);
create index broadcast_open on broadcast (created_at) where completed_at is null;
