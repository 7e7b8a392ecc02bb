-- mentor-match: the program office (issue 11). The settings in the database, versioned; concerns and their
-- history; the audit log; and the columns the office's lists and dashboard filter, sort and count on, so they
-- stay fast at 100,000 members (keyset pages on an index, counts and sums in SQL).

-- A table nobody may change or shorten: UPDATE and DELETE are refused whatever the code does.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Records written before this migration get the fields core's schemas have gained (a member's standing with
-- the office, who gave feedback, whether staff paired or closed a mentorship). A member who accepted the code
-- of conduct accepted its first version.
UPDATE members SET record = record || jsonb_build_object(
    'codeOfConductVersion', CASE WHEN record->>'codeOfConductAcceptedAt' IS NULL THEN NULL ELSE '1' END,
    'mentorApproval', NULL,
    'suspension', NULL)
  WHERE NOT record ? 'suspension';
UPDATE mentorships SET record = record || jsonb_build_object(
    'feedbackGivenBy', coalesce((SELECT jsonb_agg(f->'memberId') FROM jsonb_array_elements(record->'feedback') f), '[]'::jsonb),
    'pairedByStaff', false,
    'closedByStaff', false)
  WHERE NOT record ? 'pairedByStaff';

-- ---------------------------------------------------------------------------------------------
-- The program's settings: one row per version, never changed; the newest is in force. The first is the
-- settings the server was configured with (PROGRAM_SETTINGS_FILE, or the defaults), stored on first start.
CREATE TABLE program_settings (
  version       integer PRIMARY KEY CHECK (version >= 1),
  record        jsonb NOT NULL               -- core ProgramRecord
);
CREATE TRIGGER program_settings_append_only BEFORE UPDATE OR DELETE ON program_settings
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Members: what the lists and the dashboard read besides the record. name_key and contact_text are folded
-- by core (fold.ts), so the server writes them (and fills them in for rows written before: members.ts).
ALTER TABLE members
  ADD COLUMN name_key           text,      -- core nameKey(name): the members list's order (COLLATE "C")
  ADD COLUMN contact_text       text,      -- folded name and email: the lists' text filters
  ADD COLUMN mentor_topics      text[] NOT NULL DEFAULT '{}',
  ADD COLUMN mentee_topics      text[] NOT NULL DEFAULT '{}',
  ADD COLUMN mentor_enrolled_at timestamptz,
  ADD COLUMN mentee_enrolled_at timestamptz,
  ADD COLUMN mentor_approval    text CHECK (mentor_approval IN ('pending', 'approved', 'declined')),
  ADD COLUMN suspended          boolean NOT NULL DEFAULT false,
  -- Active mentorships as mentor and as mentee, kept by the trigger below (never written by code).
  ADD COLUMN active_mentees     integer NOT NULL DEFAULT 0,
  ADD COLUMN active_mentors     integer NOT NULL DEFAULT 0;
UPDATE members SET
  mentor_topics = coalesce(ARRAY(SELECT jsonb_array_elements_text(record->'mentor'->'topics')), '{}'),
  mentee_topics = coalesce(ARRAY(SELECT jsonb_array_elements_text(record->'mentee'->'topics')), '{}'),
  mentor_enrolled_at = (record->'mentor'->>'enrolledAt')::timestamptz,
  mentee_enrolled_at = (record->'mentee'->>'enrolledAt')::timestamptz;
-- The members list, a page at a time in its order: page 2,000 costs what page 1 does.
CREATE INDEX members_by_name_key ON members (name_key COLLATE "C", id COLLATE "C");

-- ---------------------------------------------------------------------------------------------
-- Mentorships: what the lists and the dashboard read besides the record.
ALTER TABLE mentorships
  ADD COLUMN areas           text[],
  ADD COLUMN responded_at    timestamptz,
  ADD COLUMN started_at      timestamptz,
  ADD COLUMN ended_at        timestamptz,
  ADD COLUMN paired_by_staff boolean NOT NULL DEFAULT false;
UPDATE mentorships SET
  areas = ARRAY(SELECT jsonb_array_elements_text(record->'areas')),
  responded_at = (record->>'respondedAt')::timestamptz,
  started_at = (record->>'startedAt')::timestamptz,
  ended_at = (record->>'endedAt')::timestamptz;
ALTER TABLE mentorships ALTER COLUMN areas SET NOT NULL;
-- The mentorships list (newest first) and the waiting requests (oldest first), in their keyset order.
CREATE INDEX mentorships_by_created ON mentorships (created_at, id COLLATE "C");
CREATE INDEX mentorships_open_by_created ON mentorships (created_at, id COLLATE "C") WHERE state IN ('pending', 'saved');

-- Active counts on the members' rows, in the statement that changes a mentorship (so seeding many at once
-- costs one update per member, and no code path can forget it). Every unit of work that moves a mentorship
-- into or out of `active` has locked both members first, so this takes no lock it does not hold already.
CREATE FUNCTION mentorships_count_active() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE members m SET active_mentees = m.active_mentees + d.mentees, active_mentors = m.active_mentors + d.mentors
    FROM (SELECT id, sum(mentees)::int AS mentees, sum(mentors)::int AS mentors FROM (
            SELECT mentor_id AS id, 1 AS mentees, 0 AS mentors FROM new_rows WHERE state = 'active'
            UNION ALL SELECT mentee_id, 0, 1 FROM new_rows WHERE state = 'active') s GROUP BY id) d
    WHERE m.id = d.id;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE members m SET active_mentees = m.active_mentees + d.mentees, active_mentors = m.active_mentors + d.mentors
    FROM (SELECT id, sum(mentees)::int AS mentees, sum(mentors)::int AS mentors FROM (
            SELECT mentor_id AS id, 1 AS mentees, 0 AS mentors FROM new_rows WHERE state = 'active'
            UNION ALL SELECT mentee_id, 0, 1 FROM new_rows WHERE state = 'active'
            UNION ALL SELECT mentor_id, -1, 0 FROM old_rows WHERE state = 'active'
            UNION ALL SELECT mentee_id, 0, -1 FROM old_rows WHERE state = 'active') s GROUP BY id) d
    WHERE m.id = d.id AND (d.mentees <> 0 OR d.mentors <> 0);
  ELSE
    UPDATE members m SET active_mentees = m.active_mentees + d.mentees, active_mentors = m.active_mentors + d.mentors
    FROM (SELECT id, sum(mentees)::int AS mentees, sum(mentors)::int AS mentors FROM (
            SELECT mentor_id AS id, -1 AS mentees, 0 AS mentors FROM old_rows WHERE state = 'active'
            UNION ALL SELECT mentee_id, 0, -1 FROM old_rows WHERE state = 'active') s GROUP BY id) d
    WHERE m.id = d.id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER mentorships_count_active_insert AFTER INSERT ON mentorships
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentorships_count_active();
CREATE TRIGGER mentorships_count_active_update AFTER UPDATE ON mentorships
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mentorships_count_active();
CREATE TRIGGER mentorships_count_active_delete AFTER DELETE ON mentorships
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mentorships_count_active();
UPDATE members m SET active_mentees = c.n FROM (
  SELECT mentor_id AS id, count(*)::int AS n FROM mentorships WHERE state = 'active' GROUP BY mentor_id) c WHERE m.id = c.id;
UPDATE members m SET active_mentors = c.n FROM (
  SELECT mentee_id AS id, count(*)::int AS n FROM mentorships WHERE state = 'active' GROUP BY mentee_id) c WHERE m.id = c.id;

-- Every partner's feedback, one row each (the evaluations list and its averages), written with the
-- mentorship's record; feedback is given once and never changed.
CREATE TABLE feedback (
  mentorship_id text NOT NULL REFERENCES mentorships (id),
  member_id     text NOT NULL,
  by_role       text NOT NULL CHECK (by_role IN ('mentor', 'mentee')),
  rating        integer NOT NULL,
  given_at      timestamptz NOT NULL,
  record        jsonb NOT NULL,              -- core Feedback
  PRIMARY KEY (mentorship_id, member_id)
);
CREATE INDEX feedback_by_given ON feedback (given_at, mentorship_id COLLATE "C", member_id COLLATE "C");
INSERT INTO feedback (mentorship_id, member_id, by_role, rating, given_at, record)
  SELECT m.id, f->>'memberId', CASE WHEN f->>'memberId' = m.mentor_id THEN 'mentor' ELSE 'mentee' END,
         (f->>'rating')::int, (f->>'givenAt')::timestamptz, f
  FROM mentorships m, jsonb_array_elements(m.record->'feedback') f;

-- ---------------------------------------------------------------------------------------------
-- Concerns members raise, and their history (append-only: each staff update adds an event).
CREATE TABLE concerns (
  id            text PRIMARY KEY,
  record        jsonb NOT NULL,              -- core ConcernRecord without its history
  version       integer NOT NULL,
  mentorship_id text NOT NULL REFERENCES mentorships (id),
  raised_by     text NOT NULL REFERENCES members (id),
  about_id      text NOT NULL REFERENCES members (id),
  status        text NOT NULL CHECK (status IN ('new', 'in-progress', 'resolved')),
  created_at    timestamptz NOT NULL,
  -- Insertion order: a member's concerns raised in the same instant, the later one first.
  position      bigserial NOT NULL
);
CREATE INDEX concerns_by_created ON concerns (created_at, id COLLATE "C");
CREATE INDEX concerns_by_raiser ON concerns (raised_by);
CREATE INDEX concerns_by_about ON concerns (about_id);

CREATE TABLE concern_events (
  concern_id    text NOT NULL REFERENCES concerns (id),
  n             integer NOT NULL,            -- 0: raised by the member
  event         jsonb NOT NULL,              -- core ConcernEvent
  PRIMARY KEY (concern_id, n)
);
CREATE TRIGGER concern_events_append_only BEFORE UPDATE OR DELETE ON concern_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- ---------------------------------------------------------------------------------------------
-- The audit log: every staff action and settings change. Append-only; there is no UPDATE or DELETE of it in
-- the code, and the trigger refuses them from anywhere else.
CREATE TABLE audit_log (
  seq           bigserial PRIMARY KEY,
  at            timestamptz NOT NULL,
  actor_id      text NOT NULL,
  action        text NOT NULL,
  subject_id    text NOT NULL,
  entry         jsonb NOT NULL               -- core AuditEntry without its seq
);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, seq);
CREATE INDEX audit_log_by_subject ON audit_log (subject_id, seq);
CREATE INDEX audit_log_by_at ON audit_log (at);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- Concerns change too: the member who raised one (and staff) hear of it.
ALTER TABLE changes DROP CONSTRAINT changes_kind_check;
ALTER TABLE changes ADD CONSTRAINT changes_kind_check CHECK (kind IN ('mentorship', 'member', 'program', 'concern'));
