-- Issue 15: every notification also lands in its member's list (the bell, <mentor-notifications>), read or
-- not; each member's email preferences (language, immediately or a daily or weekly digest); the outbox keeps
-- the notification record, so the sender renders the email (template, language, links) from the same record
-- the list shows.
CREATE TABLE notifications (
  id          bigserial PRIMARY KEY,
  member_id   text NOT NULL REFERENCES members (id),
  record      jsonb NOT NULL,              -- core Notification
  created_at  timestamptz NOT NULL,
  read_at     timestamptz
);
CREATE INDEX notifications_by_member ON notifications (member_id, id DESC);
CREATE INDEX notifications_unread_by_member ON notifications (member_id) WHERE read_at IS NULL;

CREATE TABLE notification_preferences (
  member_id   text PRIMARY KEY REFERENCES members (id),
  language    text,                        -- null: the member's profile language, else English
  frequency   text NOT NULL CHECK (frequency IN ('immediately', 'daily', 'weekly', 'never')),
  updated_at  timestamptz NOT NULL
);

ALTER TABLE outbox ADD COLUMN record jsonb;
-- Held for a digest: by the cap (a day after the first), or by the member's choice (a day or a week).
ALTER TABLE held_notifications ADD COLUMN due_at timestamptz;

-- A member's list changed (a notification came, or was read): heard by that member alone.
ALTER TABLE changes DROP CONSTRAINT changes_kind_check;
ALTER TABLE changes ADD CONSTRAINT changes_kind_check CHECK (kind IN ('mentorship', 'member', 'program', 'concern', 'cohort', 'notification'));
