-- A member's request to run clubs as a court manager, decided by an admin.
CREATE TABLE court_manager_application (
    id              uuid PRIMARY KEY,
    account_id      uuid         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    club_name       varchar(100) NOT NULL,
    business_number varchar(20)  NOT NULL,
    message         varchar(1000),
    status          varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by      uuid,
    decision_reason varchar(500),
    submitted_at    timestamptz  NOT NULL,
    decided_at      timestamptz,
    version         bigint       NOT NULL
);

CREATE UNIQUE INDEX court_manager_application_pending ON court_manager_application (account_id) WHERE status = 'PENDING';
CREATE INDEX court_manager_application_status ON court_manager_application (status, submitted_at);
