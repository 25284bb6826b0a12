-- The court court-service holds for a match (issue 15): which court, the reservation that holds it and the
-- player it is held for; the deadline for every player to confirm, and each player's confirmation. Matches
-- formed before courts were booked have none.
ALTER TABLE matches
    ADD COLUMN court_id       uuid,
    ADD COLUMN reservation_id uuid,
    ADD COLUMN booked_for     uuid,
    ADD COLUMN held_until     timestamptz,
    ADD COLUMN price          bigint,
    ADD COLUMN confirm_by     timestamptz,
    ADD COLUMN cancel_reason  varchar(12);

ALTER TABLE match_player
    ADD COLUMN confirmed_at timestamptz;

CREATE INDEX matches_awaiting_confirmation ON matches (confirm_by) WHERE status = 'FORMED';
