-- Changing a confirmed reservation settles the price difference: a dearer change is a payment of the
-- difference that remembers where the reservation was (to move it back if the difference goes
-- unpaid), a cheaper one a refund of the difference. A payment may so be refunded in parts; a late
-- payment is still refunded at most once.
alter table payment add column previous_court_id uuid;
alter table payment add column previous_starts_at timestamptz;
alter table payment add column previous_ends_at timestamptz;
alter table payment add column previous_price bigint;

alter table refund drop constraint refund_payment_id_key;
create unique index refund_late_payment_once on refund (payment_id) where reason = 'LATE_PAYMENT';
create index refund_payment on refund (payment_id);
