// The program's fixed vocabularies, as `as const` lists: the schemas build their enums from them, and the
// elements import them from here. Nothing here uses zod, so an element's code needs none of its own: the
// answers it shows were checked at the adapter's boundary, and only the adapters parse.

export const ROLES = ['mentor', 'mentee'] as const;

export const MEETING_MODES = ['email', 'phone', 'video', 'in-person'] as const;

/** Who a search looks for. */
export const FIND = ['mentors', 'mentees'] as const;

/** The role a search looks for: finding mentors looks at members' mentor profiles. */
export const roleSought = (find: (typeof FIND)[number]): (typeof ROLES)[number] => (find === 'mentors' ? 'mentor' : 'mentee');

/** The role the seeker searches as: someone finding mentors is looking as a mentee. */
export const seekerRoleFor = (find: (typeof FIND)[number]): (typeof ROLES)[number] => (find === 'mentors' ? 'mentee' : 'mentor');

/** The most results one search call returns. */
export const MAX_PAGE_SIZE = 100;

/** Profile fields whose visibility a member chooses. Name is always shown; contact details never, except to partners. */
export const VISIBLE_FIELDS = [
  'photo', 'headline', 'bio', 'industry', 'careerStage', 'location', 'timeZone', 'languages', 'links',
] as const;

/** `members`: every member of the program. `partners`: only members in an accepted mentorship with them. */
export const VISIBILITY_LEVELS = ['members', 'partners'] as const;
