-- Issue 15: each mentorship's workspace (goals, milestones, meetings, cadence, next meeting) and the nudges
-- sent to its pair, one record per mentorship, made the first time it is written. The record is core's
-- WorkspaceRecord; meeting_count and last_meeting_on are kept beside it for staff's view of which pairs have
-- met, which never reads the record itself.
CREATE TABLE workspaces (
  mentorship_id    text PRIMARY KEY REFERENCES mentorships (id),
  record           jsonb NOT NULL,
  version          integer NOT NULL,
  meeting_count    integer NOT NULL DEFAULT 0,
  last_meeting_on  date,
  updated_at       timestamptz
);
-- The nudges' job looks at active mentorships only.
CREATE INDEX workspace_active_mentorships ON mentorships (started_at, id) WHERE state = 'active';
