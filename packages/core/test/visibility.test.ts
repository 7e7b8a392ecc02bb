import { expect } from '@open-wc/testing';
import {
  MemberView, VISIBLE_FIELDS, publicProfile, relationOf, toMemberView, type Member, type ViewFacts, type Visibility,
} from '../src/index.ts';
import { member, mentorship } from './member-fixtures.ts';

/** A member with every profile field filled in, so a missing key in a view can only mean "hidden". */
function fullMember(visibility: Partial<Visibility> = {}): Member {
  const base = member('ada', {
    name: 'Ada Lovelace',
    headline: 'Analyst',
    bio: 'Notes on the engine.',
    photoUrl: 'https://example.org/ada.png',
    email: 'ada@members.example.org',
    phone: '+44 20 7946 0000',
    industry: 'technology',
    careerStage: 'senior',
    country: 'GB',
    city: 'London',
    timeZone: 'Europe/London',
    languages: ['en', 'fr'],
    links: ['https://example.org/ada'],
    availability: { status: 'paused', returnDate: '2026-06-01', capacity: 3 },
    mentor: { topics: ['leadership', 'statistics'], meetingModes: ['video'], statement: 'Happy to help.' },
    mentee: { topics: ['negotiation'], meetingModes: ['email'], statement: 'Learning.' },
  });
  return { ...base, visibility: { ...base.visibility, ...visibility } };
}

const stranger: ViewFacts = { viewerId: 'bob', isPartner: false, activeMentees: 1, activeMentors: 0, relation: null };
const partner: ViewFacts = { ...stranger, isPartner: true };
const self: ViewFacts = { ...stranger, viewerId: 'ada' };
const allPartners = Object.fromEntries(VISIBLE_FIELDS.map((f) => [f, 'partners'])) as Visibility;

const PROFILE_KEYS = ['photoUrl', 'headline', 'bio', 'industry', 'careerStage', 'country', 'city', 'timeZone', 'languages', 'links'];
const shownProfileKeys = (view: MemberView) => PROFILE_KEYS.filter((key) => key in view);

describe('toMemberView', () => {
  it('says the language of the member’s profile text when they stated it, to anyone who sees the text', () => {
    const stated = { ...fullMember({ headline: 'partners', bio: 'partners' }), textLanguage: 'fr' };
    expect(toMemberView(stated, stranger).textLanguage).to.equal('fr');
    expect(toMemberView(stated, partner).textLanguage).to.equal('fr');
    expect(MemberView.parse(toMemberView(stated, stranger)).textLanguage).to.equal('fr');
    expect('textLanguage' in toMemberView(fullMember(), stranger), 'not stated: absent').to.equal(false);
    expect('textLanguage' in toMemberView({ ...fullMember(), textLanguage: null }, stranger), 'null: absent').to.equal(false);
  });

  it('shows every field chosen for members to any member, but no contact details', () => {
    const view = toMemberView(fullMember(), stranger);
    expect(view).to.deep.include({
      id: 'ada',
      name: 'Ada Lovelace',
      photoUrl: 'https://example.org/ada.png',
      headline: 'Analyst',
      bio: 'Notes on the engine.',
      industry: 'technology',
      careerStage: 'senior',
      country: 'GB',
      city: 'London',
      timeZone: 'Europe/London',
      languages: ['en', 'fr'],
      links: ['https://example.org/ada'],
      contact: null,
    });
  });

  it('leaves fields chosen for partners out altogether for non-partners, keeping the name', () => {
    const view = toMemberView(fullMember(allPartners), stranger);
    expect(shownProfileKeys(view)).to.deep.equal([]);
    expect(view.name).to.equal('Ada Lovelace');
    expect(Object.keys(JSON.parse(JSON.stringify(view))).sort()).to.deep.equal(
      ['availability', 'contact', 'id', 'mentee', 'mentor', 'name', 'relation'],
    );
    expect(MemberView.safeParse(view).success).to.equal(true);
  });

  it('shows partners-only fields and contact details to a partner', () => {
    const view = toMemberView(fullMember(allPartners), partner);
    expect(shownProfileKeys(view)).to.deep.equal(PROFILE_KEYS);
    expect(view.contact).to.deep.equal({ email: 'ada@members.example.org', phone: '+44 20 7946 0000' });
  });

  it('shows the member everything about themself', () => {
    const view = toMemberView(fullMember(allPartners), self);
    expect(shownProfileKeys(view)).to.deep.equal(PROFILE_KEYS);
    expect(view.contact).to.deep.equal({ email: 'ada@members.example.org', phone: '+44 20 7946 0000' });
  });

  it('shows a visitor who is not signed in only what members may see', () => {
    const view = toMemberView(fullMember({ bio: 'partners' }), { ...stranger, viewerId: null });
    expect('bio' in view).to.equal(false);
    expect(view.headline).to.equal('Analyst');
    expect(view.contact).to.equal(null);
  });

  // Each choice covers its own keys and no other: one field at a time set to partners.
  const COVERS: Record<string, string[]> = {
    photo: ['photoUrl'], headline: ['headline'], bio: ['bio'], industry: ['industry'], careerStage: ['careerStage'],
    location: ['country', 'city'], timeZone: ['timeZone'], languages: ['languages'], links: ['links'],
  };
  for (const field of VISIBLE_FIELDS) {
    it(`visibility of ${field} covers ${COVERS[field]!.join(' and ')}`, () => {
      const view = toMemberView(fullMember({ [field]: 'partners' }), stranger);
      expect(PROFILE_KEYS.filter((key) => !(key in view))).to.deep.equal(COVERS[field]);
    });
  }

  it('builds the role summaries with capacity and counts', () => {
    const view = toMemberView(fullMember(), { ...stranger, activeMentees: 2, activeMentors: 1 });
    expect(view.mentor).to.deep.equal({
      topics: ['leadership', 'statistics'], meetingModes: ['video'], statement: 'Happy to help.', capacity: 3, activeMentees: 2,
    });
    expect(view.mentee).to.deep.equal({ topics: ['negotiation'], meetingModes: ['email'], statement: 'Learning.', activeMentors: 1 });
    expect(view.availability).to.deep.equal({ status: 'paused', returnDate: '2026-06-01' });
    const mentorOnly = toMemberView({ ...fullMember(), mentee: null }, stranger);
    expect(mentorOnly.mentee).to.equal(null);
  });

  it('passes the relation through', () => {
    const relation = { mentorshipId: 'ms-1', state: 'pending' as const, viewerIsRequester: true, expiresAt: '2026-03-31T12:00:00.000Z' };
    expect(toMemberView(fullMember(), { ...stranger, relation }).relation).to.deep.equal(relation);
  });

  it('returns copies: changing the view does not change the member', () => {
    const source = fullMember();
    const before = structuredClone(source);
    const view = toMemberView(source, partner);
    view.languages!.push('de');
    view.links!.pop();
    view.mentor!.topics.push('negotiation');
    view.mentee!.meetingModes.push('phone');
    expect(source).to.deep.equal(before);
  });

  it('always parses with the strict MemberView schema', () => {
    for (const visibility of [{}, allPartners]) {
      for (const facts of [stranger, partner, self, { ...stranger, viewerId: null }]) {
        const result = MemberView.safeParse(toMemberView(fullMember(visibility), facts));
        expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
      }
    }
    const sparse = member('new', { mentor: null, mentee: null });
    expect(MemberView.safeParse(toMemberView(sparse, stranger)).success).to.equal(true);
  });
});

describe('relationOf', () => {
  it('describes a live mentorship from the viewer’s side', () => {
    expect(relationOf(mentorship(), 'mee')).to.deep.equal({
      mentorshipId: 'ms-1', state: 'pending', viewerIsRequester: true, expiresAt: '2026-03-31T12:00:00.000Z',
    });
    expect(relationOf(mentorship({ state: 'saved' }), 'mor')).to.deep.include({ state: 'saved', viewerIsRequester: false });
    expect(relationOf(mentorship({ state: 'active' }), 'mor')?.state).to.equal('active');
  });

  it('is null once the mentorship is no longer live', () => {
    for (const state of ['declined', 'withdrawn', 'expired', 'completed', 'ended'] as const) {
      expect(relationOf(mentorship({ state }), 'mee'), state).to.equal(null);
    }
  });
});

describe('publicProfile (what search may use for non-partners)', () => {
  it('is the record itself when nothing is kept for partners', () => {
    const ada = fullMember();
    expect(publicProfile(ada)).to.equal(ada);
  });

  it('blanks exactly the fields kept for partners, leaving the record alone', () => {
    const ada = fullMember({ industry: 'partners', location: 'partners', languages: 'partners', timeZone: 'partners', bio: 'partners' });
    const before = structuredClone(ada);
    const seen = publicProfile(ada);
    expect(seen).to.deep.equal({
      ...ada, industry: null, country: null, city: null, languages: [], timeZone: '', bio: '',
    });
    expect(ada).to.deep.equal(before);
  });

  it('blanks every field when everything is kept for partners', () => {
    const seen = publicProfile(fullMember(allPartners));
    expect(seen).to.deep.include({
      photoUrl: null, headline: '', bio: '', industry: null, careerStage: null, country: null, city: null, timeZone: '',
      languages: [], links: [],
    });
    expect(seen.mentor, 'what they offer stays searchable').to.deep.equal(fullMember().mentor);
    expect(seen.name).to.equal('Ada Lovelace');
  });

  it('gives the same object for the same record, so per-record caches keep working', () => {
    const ada = fullMember(allPartners);
    expect(publicProfile(ada)).to.equal(publicProfile(ada));
    expect(publicProfile({ ...ada })).not.to.equal(publicProfile(ada));
  });
});
