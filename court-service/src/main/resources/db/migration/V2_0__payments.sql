-- The payment saga: one row per attempt to pay for a reservation (its id is the payment id the wallet
-- debits at most once) and one per refund owed. A reservation has at most one attempt in flight.
alter table reservation add column payment_failure varchar(40);

create table payment (
    id             uuid primary key,
    reservation_id uuid        not null references reservation (id),
    payer_id       uuid        not null,
    amount         bigint      not null check (amount > 0),
    status         varchar(20) not null,
    failure_reason varchar(40),
    requested_at   timestamptz not null,
    answer_due     timestamptz not null,
    settled_at     timestamptz,
    version        bigint      not null
);
create unique index payment_one_in_flight on payment (reservation_id) where status = 'REQUESTED';
create index payment_reservation on payment (reservation_id, requested_at desc);
create index payment_answer_due on payment (answer_due) where status = 'REQUESTED';

create table refund (
    id             uuid primary key,
    payment_id     uuid        not null unique references payment (id),
    reservation_id uuid        not null references reservation (id),
    payer_id       uuid        not null,
    amount         bigint      not null check (amount > 0),
    reason         varchar(40) not null,
    requested_at   timestamptz not null,
    completed_at   timestamptz,
    version        bigint      not null
);
create index refund_reservation on refund (reservation_id);
