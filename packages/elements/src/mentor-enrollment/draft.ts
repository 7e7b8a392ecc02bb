// The enrolment form's data, apart from its markup: the draft as the controls hold it, built from the
// member's record; the EnrolmentInput it makes, checked with the core schema; and each problem named
// by the field it belongs to (`profile.email`, `profile.links.2`, `mentor.topics`, `roles`).
import type { Member, ProgramSettings, Role, Visibility } from '@mentor-match/core';
import { isAllowedPhoto, isSafeHttpUrl } from '@mentor-match/core/safe-url';
import { ProfileInput } from '@mentor-match/core/schemas/member';
import type { EnrolmentInput } from '@mentor-match/core/schemas/inputs';
import { ROLES } from '@mentor-match/core/vocabulary';
import { LANGUAGE_CODES } from '../mentor-search/choices.ts';
import { enrolmentSchema } from './problems.ts';

export interface RoleDraft {
  topics: string[];
  meetingModes: string[];
  statement: string;
}

/** Every value as its control holds it: text as typed, '' for "not specified". */
export interface Draft {
  roles: Role[];
  profile: Record<Exclude<keyof ProfileInput, 'languages' | 'links'>, string> & { languages: string[]; links: string[] };
  mentor: RoleDraft;
  mentee: RoleDraft;
  visibility: Visibility;
  acceptCodeOfConduct: boolean;
}

/**
 * What is wrong with a field: by default its own message (`enrollment.error.<field>`, or "check <label>"
 * for a field without one); a list longer than `max`; a role the member cannot leave yet; or a photo
 * from an origin other than the program's `photoOrigins`.
 */
export interface Problem {
  max?: number;
  leaving?: Role;
  photoOrigins?: readonly string[];
}
export type Problems = Record<string, Problem>;

export const MAX_LINKS = 5;

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The form for `member`: their record when enrolled; otherwise their account (name, email) with the
 * browser's time zone and language. Choices the program no longer lists are dropped.
 */
export function draftOf(member: Member, enrolled: boolean, settings: ProgramSettings): Draft {
  const listed = (id: string | null, list: readonly { id: string }[]) => (list.some((entry) => entry.id === id) ? id! : '');
  const role = (name: Role): RoleDraft => ({
    topics: member[name]?.topics.filter((id) => listed(id, settings.topics)) ?? [],
    meetingModes: [...(member[name]?.meetingModes ?? [])],
    statement: member[name]?.statement ?? '',
  });
  const language = navigator.language.split('-')[0]!;
  return {
    roles: ROLES.filter((name) => member[name]),
    profile: {
      name: member.name,
      headline: member.headline,
      bio: member.bio,
      // A generated `data:` avatar is kept as it is (see toInput); the field is for an http(s) address.
      photoUrl: member.photoUrl && isSafeHttpUrl(member.photoUrl) ? member.photoUrl : '',
      email: member.email,
      phone: member.phone ?? '',
      industry: listed(member.industry, settings.industries),
      careerStage: listed(member.careerStage, settings.careerStages),
      country: member.country ?? '',
      city: member.city ?? '',
      timeZone: enrolled ? member.timeZone : browserTimeZone(),
      languages:
        enrolled || member.languages.length > 0
          ? [...member.languages]
          : (LANGUAGE_CODES as readonly string[]).includes(language) ? [language] : [],
      links: [...member.links],
      textLanguage: member.textLanguage ?? '',
    },
    mentor: role('mentor'),
    mentee: role('mentee'),
    visibility: { ...member.visibility },
    acceptCodeOfConduct: false,
  };
}

/** The draft compared for "unsaved changes": choice order and empty link fields do not count. */
export const snapshot = (draft: Draft): string =>
  JSON.stringify(draft, (key, value: unknown) =>
    Array.isArray(value) ? (key === 'links' ? value.filter((link: string) => link.trim()) : [...value].sort()) : value,
  );

type Tree = Record<string, unknown>;

/** The value at a control's name (`profile.email`, `mentor.topics`, `profile.links.1`). */
export const valueAt = (draft: Draft, name: string): unknown =>
  name.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], draft);

/** A copy of `node` with the value at `path` replaced. */
export function withValue<T>(node: T, [key, ...rest]: string[], value: unknown): T {
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Tree;
  copy[key!] = rest.length > 0 ? withValue(copy[key!], rest, value) : value;
  return copy as T;
}

/** The field a schema path or an adapter's `field` names; a role on its own is the choice of roles. */
export function fieldOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts.length < 2 && (parts[0] === undefined || (ROLES as readonly string[]).includes(parts[0]))) return 'roles';
  return parts.slice(0, parts[1] === 'links' ? 3 : 2).join('.');
}

/** A schema issue as a problem: "at most n" for a long list, else the field's own message. */
export function problemFor(issue?: { code: string; maximum?: unknown }): Problem {
  return issue?.code === 'too_big' && typeof issue.maximum === 'number' ? { max: issue.maximum } : {};
}

const SECTIONS = ['roles', 'profile', 'mentor', 'mentee', 'visibility', 'acceptCodeOfConduct'];
/** Where a field comes in the form, so the summary lists problems top to bottom. */
const rank = (field: string) => {
  const [section, key, index] = field.split('.');
  // Read when needed, not at import: a bundle may initialise core after this module.
  return SECTIONS.indexOf(section!) * 1000 + Object.keys(ProfileInput.shape).indexOf(key!) * 10 + Number(index ?? 0);
};

/**
 * The enrolment the draft makes and its problems: the core schema's issues, plus what the schema
 * leaves to the program (the code of conduct) or allows only for generated photos (`data:` URLs).
 * `input` is null while there is any problem. Without the schema (not downloaded) only the latter are checked,
 * and the program's refusal names what the schema would have.
 */
export function check(
  draft: Draft,
  settings: ProgramSettings,
  member: Member,
): { input: EnrolmentInput | null; problems: Problems } {
  const { profile } = draft;
  const links: string[] = [];
  const linkAt: number[] = [];
  profile.links.forEach((link, index) => {
    if (!link.trim()) return;
    links.push(link.trim());
    linkAt.push(index);
  });
  const optional = (value: string) => value.trim() || null;
  const photo = profile.photoUrl.trim();
  const keptPhoto = member.photoUrl && !isSafeHttpUrl(member.photoUrl) ? member.photoUrl : null;
  const sent = {
    profile: {
      ...profile,
      photoUrl: photo || keptPhoto,
      email: profile.email.trim(),
      phone: optional(profile.phone),
      industry: optional(profile.industry),
      careerStage: optional(profile.careerStage),
      country: optional(profile.country),
      city: optional(profile.city),
      textLanguage: optional(profile.textLanguage),
      links,
    },
    mentor: draft.roles.includes('mentor') ? draft.mentor : null,
    mentee: draft.roles.includes('mentee') ? draft.mentee : null,
    visibility: draft.visibility,
    acceptCodeOfConduct: draft.acceptCodeOfConduct,
  };
  const schema = enrolmentSchema.current;
  const result = schema ? schema.safeParse(sent) : ({ success: true, data: sent as EnrolmentInput } as const);

  const problems: Problems = {};
  const add = (field: string, issue?: { code: string; maximum?: unknown }) => (problems[field] ??= problemFor(issue));
  for (const issue of result.success ? [] : result.error.issues) {
    const path = [...issue.path];
    // A link's index in the input skips empty fields; the field's index in the form does not.
    if (path[1] === 'links' && typeof path[2] === 'number') path[2] = linkAt[path[2]] ?? path[2];
    add(fieldOf(path), issue);
  }
  if (photo && !isSafeHttpUrl(photo)) add('profile.photoUrl');
  // Core's rule at enrolment (planEnrolment), asked here too so the member hears it before saving.
  else if (photo && photo !== member.photoUrl && !isAllowedPhoto(photo, settings.photoOrigins)) {
    problems['profile.photoUrl'] = { photoOrigins: settings.photoOrigins };
  }
  if (settings.codeOfConduct.required && !draft.acceptCodeOfConduct && !member.codeOfConductAcceptedAt) {
    add('acceptCodeOfConduct');
  }
  const ordered = Object.entries(problems).sort(([a], [b]) => rank(a) - rank(b));
  return { input: result.success && ordered.length === 0 ? result.data : null, problems: Object.fromEntries(ordered) };
}
