-- Notices: platform notices (club_id null) and club notices, Markdown kept as written and the sanitized
-- HTML rendered from it; published once (published_at), at once or at publish_at; hidden after expires_at.
create table notice (
    id           uuid primary key,
    club_id      uuid,
    category     varchar(20)   not null,
    title        varchar(200)  not null,
    body         varchar(20000) not null,
    body_html    text          not null,
    pinned       boolean       not null,
    publish_at   timestamptz   not null,
    expires_at   timestamptz,
    published_at timestamptz,
    author_id    uuid          not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    check (expires_at is null or expires_at > publish_at)
);
create index notice_listing on notice (club_id, pinned desc, publish_at desc) where published_at is not null;
create index notice_due on notice (publish_at) where published_at is null;

create table notice_attachment (
    notice_id uuid          not null references notice (id) on delete cascade,
    position  integer       not null,
    name      varchar(200)  not null,
    url       varchar(2000) not null check (url like 'https://%'),
    primary key (notice_id, position)
);

-- Every edit keeps what the notice said before it.
create table notice_revision (
    id         uuid primary key,
    notice_id  uuid           not null references notice (id) on delete cascade,
    number     integer        not null,
    category   varchar(20)    not null,
    title      varchar(200)   not null,
    body       varchar(20000) not null,
    pinned     boolean        not null,
    edited_by  uuid           not null,
    edited_at  timestamptz    not null,
    unique (notice_id, number)
);

-- Who follows which club's notices.
create table club_follow (
    club_id     uuid        not null,
    member_id   uuid        not null,
    followed_at timestamptz not null,
    primary key (club_id, member_id)
);
