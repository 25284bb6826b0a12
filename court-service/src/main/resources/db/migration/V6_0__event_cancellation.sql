-- Cancelling an event date (alone or with its whole event): the date records who cancelled it and why,
-- and when every seat reservation of it was settled (refunded or released); until then a sweeper finishes
-- what a crashed instance left. Seats of a cancelled date are WITHDRAWN: never for sale, never reopened.
alter table ticketed_event add column cancelled_at timestamptz;

alter table event_date add column cancelled_at timestamptz;
alter table event_date add column cancelled_by varchar(10);
alter table event_date add column cancellation_reason varchar(500);
alter table event_date add column cancellation_settled_at timestamptz;
create index event_date_unsettled on event_date (cancelled_at)
    where cancelled_at is not null and cancellation_settled_at is null;

alter table seat drop constraint seat_status_check;
alter table seat add constraint seat_status_check
    check (status in ('AVAILABLE', 'HELD', 'RESERVED', 'CANCELED', 'WITHDRAWN'));

-- who ended a seat reservation: MEMBER, MANAGER or ADMIN (null while it is live or when it expired)
alter table seat_reservation add column cancelled_by varchar(10);
create index seat_reservation_live_of_date on seat_reservation (event_date_id)
    where status in ('HELD', 'PAYMENT_PENDING', 'RESERVED');
