-- The ledger invariants, enforced by the database at commit whatever code writes:
--  * the ledger is append-only;
--  * entries of a wallet form a chain: numbered 1, 2, 3, ... and each balance_after is the previous
--    one plus the entry's amount;
--  * the wallet's balance is the balance_after of its last entry (0 without entries).
-- Together: balance = sum of the wallet's ledger amounts, and never negative.

CREATE FUNCTION ledger_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger entries are never changed or removed' USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_is_append_only();

CREATE FUNCTION ledger_entry_follows_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous BIGINT;
    last     BIGINT;
BEGIN
    IF NEW.sequence = 1 THEN
        previous := 0;
    ELSE
        SELECT balance_after INTO previous FROM ledger_entry WHERE wallet_id = NEW.wallet_id AND sequence = NEW.sequence - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'ledger entry % of wallet % has no predecessor', NEW.sequence, NEW.wallet_id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF NEW.balance_after <> previous + NEW.amount THEN
        RAISE EXCEPTION 'ledger entry % of wallet % breaks the balance chain', NEW.sequence, NEW.wallet_id
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT last_sequence INTO last FROM wallet WHERE user_id = NEW.wallet_id;
    IF last < NEW.sequence THEN
        RAISE EXCEPTION 'ledger entry % of wallet % is not counted by its wallet', NEW.sequence, NEW.wallet_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER ledger_entry_chain AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entry_follows_chain();

CREATE FUNCTION wallet_matches_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    current_balance BIGINT;
    current_last    BIGINT;
    latest          BIGINT;
BEGIN
    SELECT balance, last_sequence INTO current_balance, current_last FROM wallet WHERE user_id = NEW.user_id;
    IF current_last = 0 THEN
        latest := 0;
    ELSE
        SELECT balance_after INTO latest FROM ledger_entry WHERE wallet_id = NEW.user_id AND sequence = current_last;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'wallet % counts an entry % it does not have', NEW.user_id, current_last
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF current_balance <> latest
            OR EXISTS (SELECT 1 FROM ledger_entry WHERE wallet_id = NEW.user_id AND sequence > current_last) THEN
        RAISE EXCEPTION 'wallet % balance does not match its ledger', NEW.user_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER wallet_balance_matches_ledger AFTER INSERT OR UPDATE ON wallet
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION wallet_matches_ledger();
