-- Leaderboards per area: the players of a club are found from its recorded matches, through this index and
-- match_player's primary key (match_id, player_id).
create index matches_recorded_at_club on matches (club_id) where status = 'RECORDED';
