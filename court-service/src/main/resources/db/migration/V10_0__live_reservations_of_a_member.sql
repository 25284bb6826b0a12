-- A member's live reservations, for the hold limits counted on every hold (HoldLimits): the member's
-- whole history no longer has to be read to count what they hold now.
create index reservation_member_live on reservation (member_id, ends_at)
    where status in ('HELD', 'PAYMENT_PENDING', 'CONFIRMED');
