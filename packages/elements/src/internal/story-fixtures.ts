// Fixtures for Storybook (not part of the elements' API): a real MemoryBackend on a fixed date, a generated
// roster, and a cast of hand-made members in every situation the elements show (a mentor to ask, one paused,
// one full, requests both ways, an active mentorship, finished ones, …). Stories stay short: `withWorld()` as
// the loader, then `inProgram(worldOf(context).as(CAST.vera), html`…`)` in the render.
// DOM-free apart from `inProgram` and `pierce`, so the element tests could build their worlds with it too.
import { html, type TemplateResult } from 'lit';
import {
  DEFAULT_VISIBILITY, ManualClock, MemoryBackend, MentoringError, avatarDataUrl, programSettings, registerMemoryStaff,
  type EnrolmentInput, type Find, type MentoringAdapter, type ProfileInput, type ProgramSettings, type RoleInput,
  type SearchHit,
} from '@mentor-match/core';
import { generateRoster } from '@mentor-match/demo';
import type { Theme } from '../mentor-program/mentor-program.ts';
import '../mentor-program/define.ts';

/** Every story happens on this morning, so dates, local times and expiry notes never drift. */
export const STORY_NOW = '2026-11-23T09:00:00.000Z';

// The office's stories ask the backend for a staff adapter: Storybook's bundler drops the registration that
// importing core does, so it is made here.
registerMemoryStaff();

/** The program office's member in the stories' world: staff, never enrolled. */
export const STORY_STAFF = 'program-office';

export interface MemberSpec {
  id: string;
  profile: Partial<ProfileInput> & { name: string };
  mentor?: Partial<RoleInput>;
  mentee?: Partial<RoleInput>;
  /** Mentors: how many mentees they take. */
  capacity?: number;
  /** Temporarily not participating, back on this date (`YYYY-MM-DD`). */
  pausedUntil?: string;
}

/**
 * The cast. `vera` is the usual viewer (a mentee in London); the mentors are seen from her side.
 * Situations: `ama` can be asked (and shares topics, industry and a language with Vera), `lucia` already has
 * Vera's request, `tomasz` is Vera's mentor (since September), `kenji` is paused, `priya` is full (her one
 * place is `kofi`'s), `sofia` invited Vera and waits for her answer, Vera saved `diego`'s invitation for later,
 * Vera's mentorship with `henrik` was completed and the one with `ines` ended early, `sam` is both a mentor and
 * a mentee, `newcomer` has not enrolled. With `edgeCases`: `long` has a very long name and headline, `mallory`
 * typed markup into every field of her profile.
 */
export const CAST = {
  vera: 'vera', ama: 'ama', lucia: 'lucia', tomasz: 'tomasz', kenji: 'kenji', priya: 'priya', kofi: 'kofi',
  sofia: 'sofia', diego: 'diego', henrik: 'henrik', ines: 'ines', sam: 'sam', long: 'long', mallory: 'mallory',
  newcomer: 'newcomer',
} as const;

const photo = (initials: string, color: string) => avatarDataUrl(initials, color);

const CAST_SPECS: MemberSpec[] = [
  {
    id: CAST.vera,
    profile: {
      name: 'Vera Lindqvist', headline: 'Epidemiologist, two years into a first research post', industry: 'healthcare',
      careerStage: 'early', country: 'GB', city: 'London', timeZone: 'Europe/London', languages: ['en', 'fr', 'sv'],
    },
    mentee: { topics: ['leadership', 'grant-writing', 'statistics'], meetingModes: ['video', 'email'], statement: 'I want to lead my own projects.' },
  },
  {
    id: CAST.ama,
    profile: {
      name: 'Ama Mensah', headline: 'Research director, Nairobi Institute of Public Health', industry: 'healthcare',
      careerStage: 'senior', country: 'KE', city: 'Nairobi', timeZone: 'Africa/Nairobi', languages: ['en', 'fr', 'sw'],
      bio: 'Twenty years in public health research, the last ten leading teams across East Africa.',
      photoUrl: photo('AM', '#8a3ffc'), links: ['https://example.org/ama-mensah'],
    },
    mentor: {
      topics: ['leadership', 'grant-writing', 'statistics', 'public-speaking'], meetingModes: ['video', 'email'],
      statement: 'I help new leaders find their voice and fund their first projects.',
    },
    capacity: 3,
  },
  {
    id: CAST.lucia,
    profile: {
      name: 'Lucía Ortega', headline: 'Biostatistician', industry: 'pharma', careerStage: 'mid', country: 'ES',
      city: 'Madrid', timeZone: 'Europe/Madrid', languages: ['es', 'en'],
    },
    mentor: { topics: ['statistics', 'data-science'], meetingModes: ['video'], statement: 'Numbers first, then the story.' },
  },
  {
    id: CAST.tomasz,
    profile: {
      name: 'Tomasz Nowak', headline: 'Head of clinical operations', industry: 'healthcare', careerStage: 'executive',
      country: 'PL', city: 'Kraków', timeZone: 'Europe/Warsaw', languages: ['pl', 'en'],
    },
    mentor: { topics: ['leadership', 'management'], meetingModes: ['video', 'in-person'], statement: 'Managing people is learnable.' },
  },
  {
    id: CAST.kenji,
    profile: {
      name: 'Kenji Watanabe', headline: 'Grant officer', industry: 'nonprofit', careerStage: 'senior', country: 'JP',
      city: 'Osaka', timeZone: 'Asia/Tokyo', languages: ['ja', 'en'],
    },
    mentor: { topics: ['grant-writing'], meetingModes: ['email'], statement: 'How funders read your proposal.' },
    pausedUntil: '2027-01-15',
  },
  {
    id: CAST.priya,
    profile: {
      name: 'Priya Raman', headline: 'Principal data scientist', industry: 'technology', careerStage: 'senior',
      country: 'IN', city: 'Bengaluru', timeZone: 'Asia/Kolkata', languages: ['en', 'ta', 'hi'],
    },
    mentor: { topics: ['data-science', 'statistics', 'leadership'], meetingModes: ['video'], statement: 'From analyst to lead.' },
    capacity: 1,
  },
  {
    id: CAST.kofi,
    profile: { name: 'Kofi Boateng', headline: 'Data analyst', careerStage: 'early', country: 'GH', city: 'Accra', timeZone: 'Africa/Accra' },
    mentee: { topics: ['data-science'], meetingModes: ['video'] },
  },
  {
    id: CAST.sofia,
    profile: {
      name: 'Sofia Esposito', headline: 'Grants manager', industry: 'academia', careerStage: 'senior', country: 'IT',
      city: 'Bologna', timeZone: 'Europe/Rome', languages: ['it', 'en', 'fr'], phone: '+39 051 555 0142',
    },
    mentor: { topics: ['grant-writing', 'publishing'], meetingModes: ['video', 'email'], statement: 'Fundable ideas, clearly told.' },
  },
  {
    id: CAST.diego,
    profile: {
      name: 'Diego Alvarez', headline: 'Public speaking coach', industry: 'consulting', careerStage: 'senior',
      country: 'AR', city: 'Buenos Aires', timeZone: 'America/Argentina/Buenos_Aires', languages: ['es', 'en'],
    },
    mentor: { topics: ['public-speaking'], meetingModes: ['video'], statement: 'Slides last, story first.' },
  },
  {
    id: CAST.henrik,
    profile: {
      name: 'Henrik Larsen', headline: 'Professor of epidemiology', industry: 'academia', careerStage: 'executive',
      country: 'DK', city: 'Aarhus', timeZone: 'Europe/Copenhagen', languages: ['da', 'en'],
    },
    mentor: { topics: ['research-methods', 'publishing'], meetingModes: ['video', 'in-person'] },
  },
  {
    id: CAST.ines,
    profile: {
      name: 'Inês Carvalho', headline: 'Regulatory affairs lead', industry: 'pharma', careerStage: 'senior', country: 'PT',
      city: 'Lisbon', timeZone: 'Europe/Lisbon', languages: ['pt-BR', 'en'],
    },
    mentor: { topics: ['regulatory', 'career-planning'], meetingModes: ['email'] },
  },
  {
    id: CAST.sam,
    profile: {
      name: 'Sam Okonkwo', headline: 'Lab manager moving into industry', industry: 'healthcare', careerStage: 'mid',
      country: 'NG', city: 'Lagos', timeZone: 'Africa/Lagos', languages: ['en', 'yo'],
    },
    mentor: { topics: ['management', 'statistics'], meetingModes: ['video'], statement: 'Running a lab on a budget.' },
    mentee: { topics: ['industry-transition', 'negotiation'], meetingModes: ['video'], statement: 'Learning how industry hires.' },
    capacity: 2,
  },
];

const EDGE_CASE_SPECS: MemberSpec[] = [
  {
    id: CAST.long,
    profile: {
      name: 'Maria Guadalupe Fernández de la Concepción Rodríguez-Villanueva y Montenegro-Castellanos de Alcántara',
      headline:
        'Associate Director of Interdisciplinary Translational Research Programmes and Internationalisation Strategy (Interim)',
      industry: 'academia', careerStage: 'executive', country: 'MX', city: 'San Cristóbal de las Casas',
      timeZone: 'America/Mexico_City', languages: ['es', 'en', 'fr', 'pt-BR', 'de'],
    },
    mentor: {
      topics: ['leadership', 'grant-writing', 'statistics', 'international-careers', 'industry-transition', 'publishing'],
      meetingModes: ['video', 'email', 'phone', 'in-person'], statement: 'Happy to talk about anything international.',
    },
    capacity: 5,
  },
  {
    id: CAST.mallory,
    profile: {
      name: 'Mallory <img src=x onerror="alert(\'name\')">',
      headline: '<script>alert("headline")</script><b>Bold?</b>',
      bio: 'Bio with markup: <img src=x onerror="alert(\'bio\')"> <a href="javascript:alert(1)">click me</a> <iframe src="https://example.org"></iframe>',
      industry: 'healthcare', careerStage: 'senior', city: '<svg onload=alert(1)>', timeZone: 'Europe/London', languages: ['en'],
    },
    mentor: { topics: ['leadership'], meetingModes: ['video'], statement: '"><img src=x onerror=alert("statement")>' },
  },
];

export interface StoryWorldOptions {
  /** Members generated around the cast (50–100,000); 0 for the cast alone. Default 60. */
  roster?: number;
  seed?: number;
  /** An artificial delay on every adapter call, to watch loading states. Default 0. */
  latencyMs?: number;
  /** Also enrol `long` and `mallory` (left out by default, so a plain search shows plain members). */
  edgeCases?: boolean;
  /** Program settings other than the defaults (a required code of conduct, other limits). */
  settings?: Partial<ProgramSettings>;
}

export interface StoryWorld {
  backend: MemoryBackend;
  clock: ManualClock;
  /** An adapter signed in as this member (`newcomer`, or any unknown id, is provisioned unenrolled). */
  as(id: string): MentoringAdapter;
  /** `memberId` as a search hit for `viewerId`, with its score and match reasons. */
  hit(viewerId: string, memberId: string, find?: Find): Promise<SearchHit>;
  /** Enrols one more member (for a story's own situation). */
  enrol(spec: MemberSpec): Promise<void>;
}

/** A backend over a generated roster plus the cast, with the cast's requests and mentorships in place. */
export async function storyWorld(options: StoryWorldOptions = {}): Promise<StoryWorld> {
  // The cast's history is written on the dates it happened, then the clock stands at STORY_NOW.
  const clock = new ManualClock('2026-01-12T10:00:00.000Z');
  const settings = programSettings(options.settings);
  const size = options.roster ?? 60;
  const roster = size > 0 ? generateRoster({ size, seed: options.seed ?? 7, settings, now: new Date(STORY_NOW) }) : undefined;
  const backend = new MemoryBackend({ settings, clock, members: roster?.members, mentorships: roster?.mentorships, staff: [STORY_STAFF] });
  const as = (id: string) => backend.adapterFor(id);
  const enrol = (spec: MemberSpec) => enrolMember(backend, spec);

  for (const spec of [...CAST_SPECS, ...(options.edgeCases ? EDGE_CASE_SPECS : [])]) await enrol(spec);
  // January to July: Henrik mentored Vera for six months, and they marked it completed.
  const completed = await request(as(CAST.vera), CAST.henrik, 'research-methods');
  await as(CAST.henrik).act(completed.id, 'accept');
  clock.set('2026-07-14T15:00:00.000Z');
  await as(CAST.vera).act(completed.id, 'complete');
  // Inês took Vera on in July and ended it early in October.
  const ended = await request(as(CAST.vera), CAST.ines, 'regulatory');
  await as(CAST.ines).act(ended.id, 'accept');
  clock.set('2026-09-08T09:30:00.000Z');
  // Tomasz has been Vera's mentor since September.
  const active = await request(as(CAST.vera), CAST.tomasz, 'leadership');
  await as(CAST.tomasz).act(active.id, 'accept');
  clock.set('2026-10-20T11:00:00.000Z');
  await as(CAST.ines).act(ended.id, 'end', { reason: 'A new role leaves me no time this autumn, sorry.' });
  // Vera told the program office how it ended (the office's Concerns tab).
  await as(CAST.vera).raiseConcern({ mentorshipId: ended.id, text: 'Our meetings were cancelled at the last minute, four times.' });
  // November: Vera asked Lucía, saved Diego's invitation for later; Sofia's came this morning. Priya's one
  // place is Kofi's.
  clock.set('2026-11-09T08:00:00.000Z');
  await request(as(CAST.vera), CAST.lucia, 'statistics');
  const saved = await invite(as(CAST.diego), CAST.vera, 'public-speaking');
  await as(CAST.vera).act(saved.id, 'save');
  const full = await request(as(CAST.kofi), CAST.priya, 'data-science');
  await as(CAST.priya).act(full.id, 'accept');
  clock.set(STORY_NOW);
  await invite(as(CAST.sofia), CAST.vera, 'grant-writing');

  const latencyMs = options.latencyMs ?? 0;
  return {
    backend,
    clock,
    // The latency applies to the stories' adapters only: building the world stays instant.
    as: (id) => (latencyMs > 0 ? delayed(as(id), latencyMs) : as(id)),
    async hit(viewerId, memberId, find = 'mentors') {
      const adapter = as(viewerId);
      for (let offset = 0; ; offset += 100) {
        const page = await adapter.search({ find, offset, limit: 100 });
        const found = page.hits.find((h) => h.member.id === memberId);
        if (found) return found;
        if (offset + page.hits.length >= page.total) throw new Error(`${memberId} is not in ${viewerId}'s search`);
      }
    },
    enrol,
  };
}

async function enrolMember(backend: MemoryBackend, spec: MemberSpec): Promise<void> {
  const adapter = backend.adapterFor(spec.id);
  const role = (input: Partial<RoleInput> | undefined): RoleInput | null =>
    input ? { topics: ['leadership'], meetingModes: ['video'], statement: '', ...input } : null;
  const input: EnrolmentInput = {
    profile: {
      headline: '', bio: '', photoUrl: null, email: `${spec.id}@members.example.org`, phone: null, industry: null,
      careerStage: null, country: null, city: null, timeZone: 'Europe/London', languages: ['en'], links: [],
      ...spec.profile,
    },
    mentor: role(spec.mentor),
    mentee: role(spec.mentee),
    visibility: { ...DEFAULT_VISIBILITY },
    acceptCodeOfConduct: true,
  };
  await adapter.enrol(input);
  if (spec.capacity || spec.pausedUntil) {
    await adapter.setAvailability({
      status: spec.pausedUntil ? 'paused' : 'participating',
      returnDate: spec.pausedUntil ?? null,
      ...(spec.capacity ? { capacity: spec.capacity } : {}),
    });
  }
}

/** A mentee asks a mentor. */
function request(from: MentoringAdapter, to: string, area: string) {
  return from.requestMentorship({
    recipientId: to, requesterRole: 'mentee', areas: [area], goals: 'Grow into leading a team.', termMonths: 6,
    meetingMode: 'video', message: 'I enjoyed your talk at the annual meeting.',
  });
}

/** A mentor invites a mentee. */
function invite(from: MentoringAdapter, to: string, area: string) {
  return from.requestMentorship({
    recipientId: to, requesterRole: 'mentor', areas: [area], goals: 'A first grant of your own within the year.',
    termMonths: 6, meetingMode: 'video', message: 'Your poster at the autumn meeting caught my eye. Shall we?',
  });
}

/** `adapter` answering its reads after `ms`: a slow network, to watch the loading states go by. */
function delayed(adapter: MentoringAdapter, ms: number): MentoringAdapter {
  const later = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return call(...args);
  };
  return withOverrides(adapter, {
    getViewer: later(adapter.getViewer.bind(adapter)),
    getProgram: later(adapter.getProgram.bind(adapter)),
    getMember: later(adapter.getMember.bind(adapter)),
    search: later(adapter.search.bind(adapter)),
  });
}

/** `inner` with some methods replaced: an adapter that never answers, or one that fails. */
export function withOverrides(inner: MentoringAdapter, overrides: Partial<MentoringAdapter>): MentoringAdapter {
  return new Proxy(inner, {
    get(target, key, receiver) {
      if (key in overrides) return overrides[key as keyof MentoringAdapter];
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A promise that never settles: a call that is still loading. */
export const forever = <T>(): Promise<T> => new Promise<T>(() => {});

/** The service cannot be reached. */
export const unreachable = () =>
  Promise.reject(new MentoringError('network', 'Failed to fetch (the story adapter is offline on purpose)'));

/** `content` inside a `<mentor-program>` holding `adapter`. */
export function inProgram(adapter: MentoringAdapter | undefined, content: TemplateResult, theme: Theme = 'auto'): TemplateResult {
  return html`<mentor-program .adapter=${adapter} theme=${theme}>${content}</mentor-program>`;
}

/**
 * For play functions: the element at the end of a path of selectors, each looked up in the shadow root of the
 * one before (`pierce(canvas, 'mentor-profile-card', '[part~="badge"]')`), once it has rendered.
 */
export async function pierce<T extends Element = HTMLElement>(root: ParentNode, ...selectors: string[]): Promise<T> {
  const started = performance.now();
  for (;;) {
    let scope: ParentNode | null | undefined = root;
    let found: Element | null = null;
    for (const [index, selector] of selectors.entries()) {
      found = scope?.querySelector(selector) ?? null;
      scope = index < selectors.length - 1 ? found?.shadowRoot : undefined;
      if (!found) break;
    }
    if (found) return found as T;
    if (performance.now() - started > 5000) throw new Error(`nothing at ${selectors.join(' >> ')}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** A Storybook loader: a fresh world for each story (so what a story's play function sends stays its own). */
export const withWorld = (options?: StoryWorldOptions) => async () => ({ world: await storyWorld(options) });

/** The world `withWorld` loaded, from a render function's context. */
export const worldOf = (context: { loaded: Record<string, unknown> }): StoryWorld => context.loaded.world as StoryWorld;
