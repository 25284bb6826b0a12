-- Events a consumer of this service has handled, so a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id     UUID                     NOT NULL,
    consumer     TEXT                     NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);

CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
