-- mentor-match: cohorts (issue 14). A cohort, its members' applications (one per member and role), staff's
-- draft proposal (one per cohort, gone once published) and the published matches both members answer. Each
-- table keeps the core record whole (jsonb) with the columns its reads filter and lock on.

CREATE TABLE cohorts (
  id              text PRIMARY KEY,
  record          jsonb NOT NULL,              -- core Cohort
  version         integer NOT NULL CHECK (version >= 1),
  state           text NOT NULL CHECK (state IN ('open', 'closed', 'archived')),
  term_starts_at  timestamptz NOT NULL
);

CREATE TABLE cohort_applications (
  cohort_id  text NOT NULL REFERENCES cohorts (id),
  member_id  text NOT NULL,
  role       text NOT NULL CHECK (role IN ('mentor', 'mentee')),
  record     jsonb NOT NULL,                   -- core CohortApplication
  PRIMARY KEY (cohort_id, member_id, role)
);
CREATE INDEX cohort_applications_by_member ON cohort_applications (member_id);

-- Staff's draft: written by a run or an edit and deleted by the publication, all under the cohort's row lock,
-- so two staff publishing at once publish once (the second finds no draft).
CREATE TABLE cohort_drafts (
  cohort_id  text PRIMARY KEY REFERENCES cohorts (id),
  record     jsonb NOT NULL                    -- core CohortDraft
);

CREATE TABLE cohort_matches (
  id             text PRIMARY KEY,
  position       bigserial NOT NULL,           -- publication order
  cohort_id      text NOT NULL REFERENCES cohorts (id),
  record         jsonb NOT NULL,               -- core CohortMatch
  state          text NOT NULL CHECK (state IN ('proposed', 'accepted', 'declined', 'expired')),
  mentor_id      text NOT NULL,
  mentee_id      text NOT NULL,
  expires_at     timestamptz NOT NULL,
  mentorship_id  text UNIQUE
);
CREATE INDEX cohort_matches_by_cohort ON cohort_matches (cohort_id, position);
CREATE INDEX cohort_matches_by_mentor ON cohort_matches (mentor_id);
CREATE INDEX cohort_matches_by_mentee ON cohort_matches (mentee_id);
-- The jobs' candidates: proposals past expiry, and accepted matches (whose mentorship's end they read).
CREATE INDEX cohort_matches_proposed_by_expiry ON cohort_matches (expires_at) WHERE state = 'proposed';
CREATE INDEX cohort_matches_accepted ON cohort_matches (position) WHERE state = 'accepted';

-- A cohort, or what members have in it, is a change the pages hear (core's CHANGE_KINDS).
ALTER TABLE changes DROP CONSTRAINT changes_kind_check;
ALTER TABLE changes ADD CONSTRAINT changes_kind_check CHECK (kind IN ('mentorship', 'member', 'program', 'concern', 'cohort'));
