// The application being written: what the member chose (role, topics, capacity, members to avoid, a statement)
// and what is wrong with it. Pure: the element keeps the draft, nothing typed is lost.
import type { Member, Role } from '@mentor-match/core';
import type { CohortApplication, CohortApplicationInput } from '@mentor-match/core';

/** The core schemas' bounds. */
export const MAX_TOPICS = 10;
export const MAX_AVOID = 20;
export const MAX_COHORT_CAPACITY = 50;

export interface AvoidEntry {
  id: string;
  name: string;
}

export interface ApplicationDraft {
  role: Role;
  topics: string[];
  capacity: string;
  avoid: AvoidEntry[];
  statement: string;
}

export type DraftField = 'topics' | 'capacity' | 'avoid' | 'statement';
export type DraftProblem =
  | 'cohort.apply.topicsMissing'
  | 'cohort.apply.topicsTooMany'
  | 'cohort.apply.capacityBad'
  | 'cohort.apply.avoidFull'
  | 'form.checkField';

/** A new application starts from the member's profile in that role; an edit from what they sent. */
export function draftFor(role: Role, member: Member, sent: CohortApplication | undefined, names: (id: string) => string): ApplicationDraft {
  if (sent) {
    return {
      role,
      topics: [...sent.topics],
      capacity: String(sent.capacity),
      avoid: sent.avoid.map((id) => ({ id, name: names(id) })),
      statement: sent.statement,
    };
  }
  const profile = role === 'mentor' ? member.mentor : member.mentee;
  return {
    role,
    topics: (profile?.topics ?? []).slice(0, MAX_TOPICS),
    capacity: String(member.availability.capacity),
    avoid: [],
    statement: '',
  };
}

export function checkDraft(draft: ApplicationDraft): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (draft.topics.length === 0) problems.topics = 'cohort.apply.topicsMissing';
  else if (draft.topics.length > MAX_TOPICS) problems.topics = 'cohort.apply.topicsTooMany';
  if (draft.role === 'mentor') {
    const n = Number(draft.capacity);
    if (!/^\d+$/.test(draft.capacity.trim()) || n < 1 || n > MAX_COHORT_CAPACITY) problems.capacity = 'cohort.apply.capacityBad';
  }
  if (draft.avoid.length > MAX_AVOID) problems.avoid = 'cohort.apply.avoidFull';
  return problems;
}

export function inputOf(draft: ApplicationDraft): CohortApplicationInput {
  const input: CohortApplicationInput = {
    topics: draft.topics,
    statement: draft.statement.trim(),
    avoid: draft.avoid.map((entry) => entry.id),
  };
  if (draft.role === 'mentor') input.capacity = Number(draft.capacity);
  return input;
}

/** The adapter's refusal's field, as this form's. */
export function fieldOfPath(path: string): DraftField | undefined {
  const head = path.split('.')[0];
  return head === 'topics' || head === 'capacity' || head === 'avoid' || head === 'statement' ? head : undefined;
}
