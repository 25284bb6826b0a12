-- The payment saga counts its wait for the wallet from when a payment request left the outbox: its
-- publication is found by the payment id inside the serialized event, through this partial index.
create index event_publication_payment_requested
    on event_publication ((substring(serialized_event from '"aggregateId":"([0-9a-f-]{36})"')))
    where event_type = 'dev.rallypoint.common.event.court.PaymentRequested';
