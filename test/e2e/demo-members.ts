// The demo server's members, as the end-to-end tests need them: who to sign in as, and what the program
// holds afterwards. Asked of the server the way any client would: a demo session (POST /demo/session)
// and the REST adapter over HTTP, so the tests check the pages against the real records.
import { createRestAdapter, type RestAdapter } from '@mentor-match/rest-adapter';

export interface Person {
  id: string;
  name: string;
  email: string;
  /** A topic the member seeks, as the program labels it ('' when not asked for). */
  topic: string;
  /** That topic's label in each other language the program gives one in (the demo's: fr, es, de, ar). */
  topicLabels?: Readonly<Record<string, string>>;
}

interface DemoMember {
  id: string;
  name: string;
  roles: ('mentor' | 'mentee')[];
  paused: boolean;
}

async function call<T>(siteUrl: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(new URL(`api/v1${path}`, siteUrl), init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A demo session's token for `memberId`. */
export async function sessionToken(siteUrl: string, memberId: string): Promise<string> {
  const { token } = await call<{ token: string }>(siteUrl, '/demo/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ memberId }),
  });
  return token;
}

/** The REST adapter signed in as `memberId` through a demo session. */
export async function signedIn(siteUrl: string, memberId: string): Promise<RestAdapter> {
  const token = await sessionToken(siteUrl, memberId);
  return createRestAdapter({ baseUrl: new URL('api/v1', siteUrl).href, getToken: () => token });
}

/**
 * Mentee-only members, participating, with no mentor and no open request (ones a request badge is open
 * to), whose names no other member shares (the tests find them by name).
 */
export async function findNewcomers(siteUrl: string, count: number): Promise<Person[]> {
  const { members } = await call<{ members: DemoMember[] }>(siteUrl, '/demo/members');
  const seen = new Map<string, number>();
  for (const member of members) seen.set(member.name, (seen.get(member.name) ?? 0) + 1);
  const found: Person[] = [];
  for (const member of members) {
    if (member.roles.join() !== 'mentee' || member.paused || seen.get(member.name) !== 1) continue;
    const adapter = await signedIn(siteUrl, member.id);
    const viewer = await adapter.getViewer();
    if (viewer.activeAsMentee > 0 || viewer.openRequestsSent > 0 || !viewer.member.mentee) continue;
    const program = await adapter.getProgram();
    const topic = program.topics.find((t) => t.id === viewer.member.mentee?.topics[0]);
    found.push({ id: member.id, name: member.name, email: viewer.member.email, topic: topic?.label ?? '', topicLabels: topic?.labels ?? {} });
    if (found.length === count) return found;
  }
  throw new Error(`fewer than ${count} newcomers in the demo roster`);
}

/** A participating mentor's id (not one of the demo's mentors awaiting the office's approval). */
export async function anyMentor(siteUrl: string): Promise<string> {
  const { members } = await call<{ members: DemoMember[] }>(siteUrl, '/demo/members');
  for (const member of members) {
    if (!member.roles.includes('mentor') || member.paused) continue;
    const { member: self } = await (await signedIn(siteUrl, member.id)).getViewer();
    if (self.mentorApproval === null || self.mentorApproval.state === 'approved') return member.id;
  }
  throw new Error('no participating mentor in the demo roster');
}

/** The member as they see themselves (their email included). */
export async function person(siteUrl: string, memberId: string): Promise<Person> {
  const { member } = await (await signedIn(siteUrl, memberId)).getViewer();
  return { id: member.id, name: member.name, email: member.email, topic: '' };
}

/** `memberId`'s pending request (the first one listed). */
export async function pendingRequest(siteUrl: string, memberId: string) {
  const items = await (await signedIn(siteUrl, memberId)).listMentorships();
  const item = items.find(({ mentorship }) => mentorship.state === 'pending');
  if (!item) throw new Error(`${memberId} has no pending request`);
  return item.mentorship;
}

/**
 * A request sent through the API, as another browser would send it: a newcomer (findNewcomers) asks a mentor
 * for the first topic they seek. The mentee, the mentor and the pending mentorship.
 */
export async function requestFromNewcomer(siteUrl: string, goals: string) {
  const [mentee] = await findNewcomers(siteUrl, 1);
  if (!mentee) throw new Error('no newcomer');
  const asMentee = await signedIn(siteUrl, mentee.id);
  const topic = (await asMentee.getViewer()).member.mentee?.topics[0] ?? '';
  const { hits } = await asMentee.search({ find: 'mentors', topics: [topic] });
  const recipient = hits.find((hit) => hit.member.id !== mentee.id);
  if (!recipient) throw new Error(`no mentor for ${topic}`);
  const mentorship = await asMentee.requestMentorship({
    recipientId: recipient.member.id, requesterRole: 'mentee', areas: [topic], goals, termMonths: 3, meetingMode: 'video', message: '',
  });
  return { mentee, mentor: await person(siteUrl, recipient.member.id), mentorship };
}
