-- Idempotency-Key records of money-moving requests: one per caller and key, holding the request's
-- fingerprint and, once the first execution finished, its response for replay.
CREATE TABLE idempotency_key (
    scope            TEXT                     NOT NULL,
    idempotency_key  TEXT                     NOT NULL,
    fingerprint      TEXT                     NOT NULL,
    state            TEXT                     NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    locked_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status  INTEGER,
    response_type    TEXT,
    response_location TEXT,
    response_body    BYTEA,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX idempotency_key_expires_at ON idempotency_key (expires_at);
