CREATE TABLE thing (
    id   UUID PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE handled_thing (
    event_id UUID NOT NULL,
    thing_id UUID NOT NULL
);
