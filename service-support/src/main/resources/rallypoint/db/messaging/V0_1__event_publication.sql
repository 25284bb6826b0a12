-- Spring Modulith's event publication registry: the transactional outbox. A publication is written in the
-- transaction that changes state and completed once the event reached Kafka; incomplete ones are resubmitted.
CREATE TABLE event_publication (
    id                     UUID PRIMARY KEY,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INTEGER                  NOT NULL DEFAULT 0,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_incomplete ON event_publication (publication_date) WHERE completion_date IS NULL;
CREATE INDEX event_publication_completed ON event_publication (completion_date) WHERE completion_date IS NOT NULL;
