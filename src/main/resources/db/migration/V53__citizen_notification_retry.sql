-- Notifications are sent by a scheduled worker reading the outbox (no longer in the committing thread): a refused
-- message waits until next_attempt_at (growing back-off) before it is tried again. Null: due now.
alter table citizen_notification add column next_attempt_at timestamp with time zone;
