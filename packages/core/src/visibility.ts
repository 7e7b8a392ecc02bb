// What one member may see of another: the member's visibility choices, and contact details only for
// partners in an accepted mentorship. Every adapter (memory, server) builds its MemberView here.
import { isLive } from './lifecycle.ts';
import { VISIBLE_FIELDS, type Member, type MemberView, type Relation, type VisibleField } from './schemas/member.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import { roleShown, shownPaused } from './standing.ts';

/** What the adapter knows about the viewer and the member shown. */
export interface ViewFacts {
  /** The signed-in member, or null. */
  viewerId: string | null;
  /** Viewer and member share an accepted (active, completed or ended) mentorship. */
  isPartner: boolean;
  /** The member's active mentees (as mentor) and active mentors (as mentee). */
  activeMentees: number;
  activeMentors: number;
  /** Mentorships the member completed as mentor (views.ts `activeCountsFrom`); shown only with their mentor role. */
  completedMentorships?: number | undefined;
  /** The open or active mentorship between viewer and member, if any. */
  relation: Relation | null;
  /** While the viewer waits to ask this member again (a cooldown), when that ends. */
  requestAgainAt?: string | null;
}

type ProfileKey = 'photoUrl' | 'headline' | 'bio' | 'industry' | 'careerStage' | 'country' | 'city' | 'timeZone' | 'languages' | 'links';

/** The profile keys each visibility choice covers. */
export const FIELD_KEYS: Record<VisibleField, readonly ProfileKey[]> = {
  photo: ['photoUrl'],
  headline: ['headline'],
  bio: ['bio'],
  industry: ['industry'],
  careerStage: ['careerStage'],
  location: ['country', 'city'],
  timeZone: ['timeZone'],
  languages: ['languages'],
  links: ['links'],
};

/**
 * The member as `facts.viewerId` may see them. Hidden fields are left out (no `undefined`-valued keys),
 * so the strict schema, JSON and `'key' in view` all agree. Returns fresh arrays: the caller may not
 * reach the stored member through the view. Staff's decisions show to others only as what they mean for
 * them (standing.ts): a suspended member as paused (no return date), a mentor role not approved as none.
 */
export function toMemberView(member: Member, facts: ViewFacts): MemberView {
  const isSelf = facts.viewerId !== null && facts.viewerId === member.id;
  const seesPartnerFields = isSelf || facts.isPartner;
  const paused = isSelf ? member.availability.status === 'paused' : shownPaused(member);
  const view: MemberView = {
    id: member.id,
    name: member.name,
    mentor: member.mentor && (isSelf || roleShown(member, 'mentor')) ? {
      topics: [...member.mentor.topics],
      meetingModes: [...member.mentor.meetingModes],
      statement: member.mentor.statement,
      capacity: member.availability.capacity,
      activeMentees: facts.activeMentees,
      ...(facts.completedMentorships ? { completedMentorships: facts.completedMentorships } : {}),
    } : null,
    mentee: member.mentee && {
      topics: [...member.mentee.topics],
      meetingModes: [...member.mentee.meetingModes],
      statement: member.mentee.statement,
      activeMentors: facts.activeMentors,
    },
    availability: {
      status: paused ? 'paused' : 'participating',
      returnDate: paused && member.availability.status === 'paused' ? member.availability.returnDate : null,
    },
    contact: seesPartnerFields ? { email: member.email, phone: member.phone } : null,
    relation: facts.relation && { ...facts.relation },
    ...(facts.requestAgainAt ? { requestAgainAt: facts.requestAgainAt } : {}),
  };
  for (const field of VISIBLE_FIELDS) {
    const level = member.visibility[field];
    if (level === 'members' || seesPartnerFields) {
      for (const key of FIELD_KEYS[field]) copyField(view, member, key);
    }
  }
  // Not a field of its own: it says how to read the text shown (statements are shown to every member).
  if (member.textLanguage) view.textLanguage = member.textLanguage;
  return view;
}

/**
 * What a field chosen for partners holds in `publicProfile`. The empty time zone is none at all: matching
 * gives it no time-zone reason and never counts it within `maxHoursApart`.
 */
const BLANK: Pick<Member, ProfileKey> = {
  photoUrl: null, headline: '', bio: '', industry: null, careerStage: null, country: null, city: null, timeZone: '',
  languages: [], links: [],
};

const publicProfiles = new WeakMap<Member, Member>();

/**
 * The member as search may use them for someone who is neither a partner nor the member: every field
 * chosen for partners blanked, so criteria never match a hidden field and match reasons never reveal
 * one. For ranking only, never returned (the empty time zone is not valid). Cached per record, since
 * records are replaced on change, never edited in place; matching's own per-record caches then keep working.
 */
export function publicProfile(member: Member): Member {
  let found = publicProfiles.get(member);
  if (found === undefined) {
    const hidden = VISIBLE_FIELDS.filter((field) => member.visibility[field] === 'partners');
    if (hidden.length === 0) {
      found = member;
    } else {
      found = { ...member };
      for (const field of hidden) for (const key of FIELD_KEYS[field]) Object.assign(found, { [key]: BLANK[key] });
    }
    publicProfiles.set(member, found);
  }
  return found;
}

function copyField(view: MemberView, member: Member, key: ProfileKey): void {
  const value = member[key];
  // Every ProfileKey has the same type in Member and (optional) in MemberView; arrays are copied.
  Object.assign(view, { [key]: Array.isArray(value) ? [...value] : value });
}

/**
 * A mentorship as one of its members may see it: their own feedback only (evaluations go to the program
 * office); `feedbackGivenBy` still says whether the other has given theirs. A fresh object.
 */
export function mentorshipFor(m: Mentorship, viewerId: string): Mentorship {
  return { ...m, feedback: m.feedback.filter((feedback) => feedback.memberId === viewerId) };
}

/** The viewer's side of a live (open or active) mentorship, for the member's card; null for any other state. */
export function relationOf(m: Mentorship, viewerId: string): Relation | null {
  if (!isLive(m.state)) return null;
  return {
    mentorshipId: m.id,
    state: m.state as Relation['state'],
    viewerIsRequester: m.requesterId === viewerId,
    expiresAt: m.expiresAt,
  };
}
