-- The cap on the notifications one member's actions send another in a day (core's
-- notificationsFromOneMemberPerDay): each email names the member whose action sent it, so the cap can count
-- them, and those past the cap wait in held_notifications for the recipient's daily digest.
ALTER TABLE outbox ADD COLUMN caused_by text;
CREATE INDEX outbox_by_recipient_and_cause ON outbox (member_id, caused_by, created_at) WHERE caused_by IS NOT NULL;

CREATE TABLE held_notifications (
  id            bigserial PRIMARY KEY,
  member_id     text NOT NULL REFERENCES members (id),
  record        jsonb NOT NULL,              -- core Notification
  held_at       timestamptz NOT NULL
);
CREATE INDEX held_notifications_by_member ON held_notifications (member_id, held_at);
