import { expect } from '@open-wc/testing';
import { Member, Mentorship, initialsOf, isOpen, programSettings } from '@mentor-match/core';
import { DEMO_PROGRAM_SETTINGS, DEMO_ROSTER_SIZE, generateRoster, type Roster } from '../src/index.ts';

const NOW = new Date('2026-11-23T00:00:00.000Z');

const demo = generateRoster({ size: DEMO_ROSTER_SIZE, now: NOW });
const large = generateRoster({ size: 10_000, seed: 42, now: NOW });

const share = (roster: Roster, test: (m: Member) => boolean) => roster.members.filter(test).length / roster.members.length;

/** Active mentorships per mentor and per mentee. */
function activeCounts(roster: Roster) {
  const mentees = new Map<string, number>();
  const mentors = new Map<string, number>();
  for (const m of roster.mentorships) {
    if (m.state !== 'active') continue;
    mentees.set(m.mentorId, (mentees.get(m.mentorId) ?? 0) + 1);
    mentors.set(m.menteeId, (mentors.get(m.menteeId) ?? 0) + 1);
  }
  return { mentees, mentors };
}

describe('roster: determinism and size', () => {
  it('gives identical output for the same seed, and different output for another', () => {
    const a = generateRoster({ size: 300, seed: 7, now: NOW });
    const b = generateRoster({ size: 300, seed: 7, now: NOW });
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    const c = generateRoster({ size: 300, seed: 8, now: NOW });
    expect(c.members.map((m) => m.name)).not.to.deep.equal(a.members.map((m) => m.name));
  });

  it('is the same all day without a `now` (dates are placed around the start of today)', () => {
    expect(JSON.stringify(generateRoster({ size: 60 }))).to.equal(JSON.stringify(generateRoster({ size: 60 })));
  });

  it('accepts 50 to 100,000 members and refuses anything else', () => {
    expect(generateRoster({ size: 50, now: NOW }).members).to.have.length(50);
    for (const size of [49, 100_001, 120.5, Number.NaN]) {
      expect(() => generateRoster({ size, now: NOW }), String(size)).to.throw(RangeError);
    }
  });

  it('generates 100,000 members with unique ids and e-mail addresses', () => {
    const { members } = generateRoster({ size: 100_000, now: NOW });
    expect(members).to.have.length(100_000);
    expect(new Set(members.map((m) => m.id)).size).to.equal(100_000);
    expect(new Set(members.map((m) => m.email)).size).to.equal(100_000);
  });
});

describe('roster: ids', () => {
  /** The numbers an id is made of, for looking at how they follow one another. */
  const hex = (id: string) => BigInt(`0x${id.slice(id.indexOf('-') + 1)}`);

  it('are unguessable from one another: 64 bits each, in no order (members m-…, mentorships ms-…)', () => {
    for (const [records, shape] of [[large.members, /^m-[0-9a-f]{16}$/], [large.mentorships, /^ms-[0-9a-f]{16}$/]] as const) {
      const ids = records.map((r) => r.id);
      for (const id of ids) expect(id).to.match(shape);
      expect(new Set(ids).size).to.equal(ids.length);
      // Neighbours in the roster are far apart: no step, no order to walk from one id to the next.
      const steps = ids.slice(1).map((id, i) => hex(id) - hex(ids[i] ?? id));
      expect(new Set(steps).size, 'no common step').to.be.greaterThan(ids.length * 0.99);
      const ascending = steps.filter((step) => step > 0n).length / steps.length;
      expect(ascending, 'as many up as down').to.be.within(0.45, 0.55);
      // Each bit is set about half the time.
      for (let bit = 0n; bit < 64n; bit += 1n) {
        const set = ids.filter((id) => (hex(id) >> bit) & 1n).length / ids.length;
        expect(set, `bit ${bit}`).to.be.within(0.4, 0.6);
      }
    }
  });

  it('are the same for the same seed (the demo and the tests reproduce), others for another seed', () => {
    const again = generateRoster({ size: 10_000, seed: 42, now: NOW });
    expect(again.members.map((m) => m.id)).to.deep.equal(large.members.map((m) => m.id));
    expect(again.mentorships.map((m) => m.id)).to.deep.equal(large.mentorships.map((m) => m.id));
    const other = generateRoster({ size: 10_000, seed: 43, now: NOW });
    const shared = new Set(large.members.map((m) => m.id));
    expect(other.members.filter((m) => shared.has(m.id))).to.deep.equal([]);
  });

  it('every mentorship names members of the roster', () => {
    const ids = new Set(large.members.map((m) => m.id));
    for (const m of large.mentorships) for (const id of [m.mentorId, m.menteeId, m.requesterId]) expect(ids.has(id), id).to.equal(true);
  });
});

describe('roster: valid records', () => {
  it('every member and mentorship of the demo roster parses with the schemas', () => {
    expect(demo.members).to.have.length(200);
    for (const member of demo.members) {
      const parsed = Member.safeParse(member);
      expect(parsed.success, `${member.id}: ${JSON.stringify(parsed.error?.issues)}`).to.equal(true);
    }
    expect(demo.mentorships.length).to.be.greaterThan(10);
    for (const m of demo.mentorships) {
      const parsed = Mentorship.safeParse(m);
      expect(parsed.success, `${m.id}: ${JSON.stringify(parsed.error?.issues)}`).to.equal(true);
    }
  });

  it('a sample of a large roster parses too', () => {
    for (const member of large.members.filter((_, i) => i % 20 === 0)) {
      expect(Member.safeParse(member).success, member.id).to.equal(true);
    }
    for (const m of large.mentorships.filter((_, i) => i % 10 === 0)) {
      expect(Mentorship.safeParse(m).success, m.id).to.equal(true);
    }
  });

  it('follows a program’s own taxonomy', () => {
    const settings = programSettings({
      topics: [{ id: 'welding', label: 'Welding' }, { id: 'safety', label: 'Site safety' }, { id: 'estimating', label: 'Estimating' }, { id: 'bidding', label: 'Bidding' }],
      industries: [{ id: 'construction', label: 'Construction' }],
      careerStages: [{ id: 'apprentice', label: 'Apprentice', rank: 0 }, { id: 'journeyman', label: 'Journeyman', rank: 1 }, { id: 'master', label: 'Master', rank: 2 }],
      mentorsPerMentee: 1,
    });
    const roster = generateRoster({ size: 400, settings, now: NOW });
    const topics = new Set(settings.topics.map((t) => t.id));
    for (const member of roster.members) {
      expect(Member.safeParse(member).success, member.id).to.equal(true);
      expect([null, 'construction']).to.include(member.industry);
      expect([null, 'apprentice', 'journeyman', 'master']).to.include(member.careerStage);
      for (const role of [member.mentor, member.mentee]) role?.topics.forEach((t) => expect(topics.has(t), t).to.equal(true));
    }
    expect(Math.max(...activeCounts(roster).mentors.values())).to.equal(1);
  });
});

describe('roster: members', () => {
  it('has ASCII e-mail addresses from the name', () => {
    for (const m of large.members) expect(m.email, m.name).to.match(/^[a-z0-9-]+\.[a-z0-9-]+\d*@members\.example\.org$/);
  });

  it('folds accented names into their e-mail address', () => {
    const accented = large.members.filter((m) => /[^\x20-\x7e]/.test(m.name));
    expect(accented.length).to.be.greaterThan(500);
    const lukasz = large.members.find((m) => m.name.startsWith('Łukasz '));
    expect(lukasz?.email).to.match(/^lukasz\./);
    const nguyen = large.members.find((m) => m.name.startsWith('Nguyễn '));
    expect(nguyen?.email).to.match(/\.nguyen\d*@/);
  });

  it('draws names from many traditions', () => {
    const families = new Set(large.members.map((m) => m.name.split(' ').at(-1)));
    expect(families.size).to.be.greaterThan(250);
    for (const name of ['Adéyẹmí', 'Nguyễn', 'Yılmaz', 'García', 'Müller', 'Guðmundsdóttir', 'Ngata', 'Sharma', 'Mensah']) {
      expect(large.members.some((m) => m.name.includes(name)), name).to.equal(true);
    }
  });

  it('about 40% mentors, 45% mentees and 15% both', () => {
    expect(share(large, (m) => m.mentor !== null && m.mentee === null)).to.be.closeTo(0.4, 0.03);
    expect(share(large, (m) => m.mentor === null && m.mentee !== null)).to.be.closeTo(0.45, 0.03);
    expect(share(large, (m) => m.mentor !== null && m.mentee !== null)).to.be.closeTo(0.15, 0.03);
    expect(share(large, (m) => m.mentor === null && m.mentee === null)).to.equal(0);
  });

  it('mentors skew senior and mentees junior', () => {
    const rank = new Map(DEMO_PROGRAM_SETTINGS.careerStages.map((s) => [s.id, s.rank]));
    const meanRank = (members: Member[]) => {
      const ranks = members.flatMap((m) => (m.careerStage ? [rank.get(m.careerStage) ?? 0] : []));
      return ranks.reduce((a, b) => a + b, 0) / ranks.length;
    };
    const mentors = meanRank(large.members.filter((m) => m.mentor && !m.mentee));
    const mentees = meanRank(large.members.filter((m) => m.mentee && !m.mentor));
    expect(mentors).to.be.greaterThan(2.5);
    expect(mentees).to.be.lessThan(1.5);
  });

  it('mentors offer 3–6 topics and mentees seek 1–4, all from the taxonomy', () => {
    const topics = new Set(DEMO_PROGRAM_SETTINGS.topics.map((t) => t.id));
    for (const m of large.members) {
      if (m.mentor) expect(m.mentor.topics.length).to.be.within(3, 6);
      if (m.mentee) expect(m.mentee.topics.length).to.be.within(1, 4);
      for (const t of [...(m.mentor?.topics ?? []), ...(m.mentee?.topics ?? [])]) expect(topics.has(t), t).to.equal(true);
    }
  });

  it('lives on every continent, in IANA time zones the browser knows', () => {
    const zones = new Set(large.members.map((m) => m.timeZone));
    for (const zone of zones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.to.throw();
    for (const prefix of ['Africa/', 'Asia/', 'Europe/', 'America/', 'Australia/', 'Pacific/']) {
      expect([...zones].some((z) => z.startsWith(prefix)), prefix).to.equal(true);
    }
    const countries = new Set(large.members.map((m) => m.country));
    for (const country of ['NG', 'KE', 'JP', 'IN', 'DE', 'US', 'MX', 'BR', 'AR', 'AU', 'NZ', 'WS']) {
      expect(countries.has(country), country).to.equal(true);
    }
  });

  it('about 8% are paused, some with a return date ahead', () => {
    const paused = large.members.filter((m) => m.availability.status === 'paused');
    expect(paused.length / large.members.length).to.be.closeTo(0.08, 0.02);
    const dated = paused.filter((m) => m.availability.returnDate !== null);
    expect(dated.length).to.be.within(paused.length * 0.3, paused.length * 0.9);
    for (const m of dated) expect(m.availability.returnDate! > NOW.toISOString().slice(0, 10)).to.equal(true);
  });

  it('has headlines from career stage and industry, bios, statements, languages and some phones', () => {
    const m = large.members.find((member) => member.industry === 'pharma' && member.careerStage === 'senior');
    expect(m?.headline).to.match(/^(Principal scientist|Director of biostatistics) at /);
    for (const member of large.members.slice(0, 200)) {
      expect(member.bio.length, member.id).to.be.greaterThan(40);
      expect(member.languages.length).to.be.greaterThan(0);
      for (const role of [member.mentor, member.mentee]) if (role) expect(role.statement.length).to.be.greaterThan(20);
    }
    expect(share(large, (member) => member.phone !== null)).to.be.within(0.3, 0.6);
  });
});

describe('roster: avatars', () => {
  it('are small local SVG data URLs with the initials', () => {
    const photos = large.members.flatMap((m) => (m.photoUrl ? [{ url: m.photoUrl, name: m.name }] : []));
    expect(photos.length / large.members.length).to.be.within(0.8, 0.95);
    for (const { url, name } of photos) {
      expect(url.startsWith('data:image/svg+xml;charset=utf-8,'), url).to.equal(true);
      expect(url.length, url).to.be.lessThan(400);
      expect(decodeURIComponent(url), name).to.include(`>${initialsOf(name)}</text>`);
    }
  });
});

describe('roster: mentorships', () => {
  for (const [label, roster] of [['demo', demo], ['large', large]] as const) {
    it(`${label}: about 10% of mentors are full, nobody over a limit`, () => {
      const { mentees, mentors } = activeCounts(roster);
      const byId = new Map(roster.members.map((m) => [m.id, m]));
      const enrolledMentors = roster.members.filter((m) => m.mentor !== null);
      const full = enrolledMentors.filter((m) => (mentees.get(m.id) ?? 0) >= m.availability.capacity);
      expect(full.length / enrolledMentors.length).to.be.closeTo(0.1, 0.03);
      for (const [id, count] of mentees) expect(count, id).to.be.at.most(byId.get(id)!.availability.capacity);
      for (const [id, count] of mentors) expect(count, id).to.be.at.most(DEMO_PROGRAM_SETTINGS.mentorsPerMentee);
    });

    it(`${label}: every mentorship joins a mentor and a mentee enrolled in those roles`, () => {
      const byId = new Map(roster.members.map((m) => [m.id, m]));
      for (const m of roster.mentorships) {
        expect(m.mentorId).not.to.equal(m.menteeId);
        expect(byId.get(m.mentorId)?.mentor, m.id).not.to.equal(null);
        expect(byId.get(m.menteeId)?.mentee, m.id).not.to.equal(null);
        expect([m.mentorId, m.menteeId]).to.include(m.requesterId);
      }
      expect(new Set(roster.mentorships.map((m) => m.id)).size).to.equal(roster.mentorships.length);
    });
  }

  it('active pairs started in the past and run past today', () => {
    const active = large.mentorships.filter((m) => m.state === 'active');
    expect(active.length).to.be.greaterThan(500);
    for (const m of active) {
      expect(new Date(m.startedAt!).getTime(), m.id).to.be.lessThan(NOW.getTime());
      expect(new Date(m.endsAt!).getTime(), m.id).to.be.greaterThan(NOW.getTime());
    }
  });

  it('has open requests that have not expired, within the per-member limit, one per pair', () => {
    const open = large.mentorships.filter((m) => isOpen(m.state));
    expect(open.length).to.be.greaterThan(100);
    expect(open.some((m) => m.state === 'saved')).to.equal(true);
    const sent = new Map<string, number>();
    const pairs = new Set<string>();
    for (const m of open) {
      expect(new Date(m.expiresAt).getTime(), m.id).to.be.greaterThan(NOW.getTime());
      sent.set(m.requesterId, (sent.get(m.requesterId) ?? 0) + 1);
      const pair = `${m.mentorId}:${m.menteeId}`;
      expect(pairs.has(pair), pair).to.equal(false);
      pairs.add(pair);
    }
    expect(Math.max(...sent.values())).to.be.at.most(DEMO_PROGRAM_SETTINGS.openRequestsPerMember);
  });

  it('keeps some history: completed, ended, declined and expired', () => {
    const states = new Set(large.mentorships.map((m) => m.state));
    for (const state of ['completed', 'ended', 'declined', 'expired'] as const) expect(states.has(state), state).to.equal(true);
    expect(large.mentorships.some((m) => m.feedback.length > 0)).to.equal(true);
  });
});
