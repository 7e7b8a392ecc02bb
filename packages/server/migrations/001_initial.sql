-- mentor-match: the first schema. Records are stored whole as the core schemas shape them (`record`),
-- with the columns queries filter, lock and index on beside them; one function per table writes both.

CREATE TABLE members (
  id            text PRIMARY KEY,
  record        jsonb NOT NULL,              -- core Member
  name          text NOT NULL,
  is_mentor     boolean NOT NULL,
  is_mentee     boolean NOT NULL,
  participating boolean NOT NULL,
  capacity      integer NOT NULL,
  version       integer NOT NULL DEFAULT 1,  -- + 1 on every change
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
-- The demo's "Signed in as" list and anything else that lists enrolled members by name.
CREATE INDEX members_enrolled_by_name ON members (name, id) WHERE is_mentor OR is_mentee;

CREATE TABLE mentorships (
  id            text PRIMARY KEY,
  record        jsonb NOT NULL,              -- core Mentorship
  version       integer NOT NULL,
  state         text NOT NULL CHECK (state IN ('pending', 'saved', 'active', 'declined', 'withdrawn', 'expired', 'completed', 'ended')),
  requester_id  text NOT NULL REFERENCES members (id),
  recipient_id  text NOT NULL REFERENCES members (id),
  mentor_id     text NOT NULL REFERENCES members (id),
  mentee_id     text NOT NULL REFERENCES members (id),
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  reminded_at   timestamptz,
  -- Insertion order: newest-first listings break ties between requests made in the same instant.
  position      bigserial NOT NULL
);
-- The lifecycle allows one open or active mentorship per pair, either way round; the guard checks it under
-- row locks, and this index makes it impossible to store two even if something slipped past.
CREATE UNIQUE INDEX mentorships_one_live_per_pair
  ON mentorships (least(mentor_id, mentee_id), greatest(mentor_id, mentee_id))
  WHERE state IN ('pending', 'saved', 'active');
CREATE INDEX mentorships_by_mentor ON mentorships (mentor_id, state);
CREATE INDEX mentorships_by_mentee ON mentorships (mentee_id, state);
CREATE INDEX mentorships_open_by_requester ON mentorships (requester_id) WHERE state IN ('pending', 'saved');
CREATE INDEX mentorships_open_by_recipient ON mentorships (recipient_id) WHERE state IN ('pending', 'saved');
-- The expiry and reminder jobs look only at open requests, by date.
CREATE INDEX mentorships_open_by_expiry ON mentorships (expires_at) WHERE state IN ('pending', 'saved');

-- What changed, in commit order (writers take an advisory lock before inserting here, so a reader that has
-- seen seq n has seen every change before it). Adapters poll it; each instance's search cache follows it.
CREATE TABLE changes (
  seq           bigserial PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('mentorship', 'member', 'program')),
  subject_id    text NOT NULL,
  audience      text[],                      -- the members it concerns; null: everyone
  at            timestamptz NOT NULL DEFAULT now()
);

-- Emails, written in the transaction of the change they tell about, sent by any instance afterwards.
CREATE TABLE outbox (
  id              bigserial PRIMARY KEY,
  kind            text NOT NULL,
  member_id       text NOT NULL,
  to_address      text NOT NULL,
  mentorship_id   text,
  subject         text NOT NULL,
  body            text NOT NULL,
  created_at      timestamptz NOT NULL,
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  locked_until    timestamptz,               -- claimed by a sender until then
  sent_at         timestamptz,
  last_error      text
);
CREATE INDEX outbox_unsent_by_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Idempotency-Key: the first successful answer to a member's key, stored in the same transaction as the change.
CREATE TABLE idempotency_keys (
  member_id     text NOT NULL,
  key           text NOT NULL,
  fingerprint   text NOT NULL,               -- method, path and body: the same key with another request is refused
  status        integer NOT NULL,
  body          jsonb NOT NULL,
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (member_id, key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
