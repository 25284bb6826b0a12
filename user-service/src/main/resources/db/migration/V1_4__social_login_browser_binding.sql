-- A social login is finished only in the browser that started it: the hash of a nonce that browser
-- holds in a cookie (against login CSRF, where a victim is made to complete the attacker's login).
ALTER TABLE social_login_request ADD COLUMN browser_binding bytea;
