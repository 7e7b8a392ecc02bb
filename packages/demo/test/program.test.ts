// The demo program as `npm start` seeds it and the in-page demo starts it.
import { expect } from '@open-wc/testing';
import { ConcernRecord, DEFAULT_PROGRAM_SETTINGS, Member, ProgramSettings, WorkspaceRecord } from '@mentor-match/core';
import { DEMO_PROGRAM_SETTINGS, DEMO_ROSTER_SEED, DEMO_ROSTER_SIZE, DEMO_STAFF, demoRoster, generateRoster } from '../src/index.ts';
import { AWAITING_APPROVAL, SEEDED_CONCERNS } from '../src/roster-office.ts';

describe('the demo program', () => {
  it('is the default program under the demo society’s name, running cohorts beside self-serve, with its words in every language, valid per the schema', () => {
    expect(ProgramSettings.safeParse(DEMO_PROGRAM_SETTINGS).success).to.equal(true);
    expect(DEMO_PROGRAM_SETTINGS.name).to.not.equal(DEFAULT_PROGRAM_SETTINGS.name);
    // The translations are labels only: without them, the default program, ids and English labels unchanged.
    const { names, mode, ...rest } = DEMO_PROGRAM_SETTINGS;
    expect(mode).to.equal('both');
    expect(DEFAULT_PROGRAM_SETTINGS.mode).to.equal(undefined);
    const untranslated = <T extends { labels?: unknown }>(entries: readonly T[]) => entries.map(({ labels: _labels, ...entry }) => entry);
    expect({
      ...rest,
      name: DEFAULT_PROGRAM_SETTINGS.name,
      topics: untranslated(rest.topics),
      industries: untranslated(rest.industries),
      careerStages: untranslated(rest.careerStages),
    }).to.deep.equal(DEFAULT_PROGRAM_SETTINGS);
    // Every topic, industry and career stage, and the name, in each of the elements' other languages.
    for (const lang of ['fr', 'es', 'de', 'ar']) {
      expect(names?.[lang], `the name in ${lang}`).to.be.a('string');
      for (const entry of [...rest.topics, ...rest.industries, ...rest.careerStages]) {
        expect(entry.labels?.[lang], `${entry.id} in ${lang}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('seeds the same roster at any time of a UTC day, the demo roster as of the day’s start', () => {
    const morning = demoRoster({ now: new Date('2026-11-23T00:00:00.000Z') });
    const night = demoRoster({ now: new Date('2026-11-23T23:59:59.999Z') });
    expect(JSON.stringify(night)).to.equal(JSON.stringify(morning));
    const expected = generateRoster({ size: DEMO_ROSTER_SIZE, seed: DEMO_ROSTER_SEED, settings: DEMO_PROGRAM_SETTINGS, now: new Date('2026-11-23T00:00:00.000Z') });
    // The generated roster, with the office's work on top (the next test): a few mentors awaiting approval.
    expect(JSON.stringify(morning.mentorships)).to.equal(JSON.stringify(expected.mentorships));
    expect(JSON.stringify(morning.members.map((m) => ({ ...m, mentorApproval: null })))).to.equal(JSON.stringify(expected.members));
    expect(JSON.stringify(demoRoster({ now: new Date('2026-11-24T00:00:00.000Z') }))).to.not.equal(JSON.stringify(morning));
  });

  it('gives the program office work: mentors at the roster’s tail awaiting approval, and concerns, one answered', () => {
    const roster = demoRoster({ now: new Date('2026-11-23T08:00:00.000Z') });
    const awaiting = roster.members.filter((m) => m.mentorApproval?.state === 'pending');
    expect(awaiting).to.have.length(AWAITING_APPROVAL);
    const involved = new Set(roster.mentorships.flatMap((m) => [m.mentorId, m.menteeId]));
    for (const member of awaiting) {
      expect(involved.has(member.id), member.id).to.equal(false);
      expect(roster.members.indexOf(member), member.id).to.be.greaterThan(roster.members.length / 2);
      expect(Member.safeParse(member).success, member.id).to.equal(true);
    }
    expect(roster.concerns).to.have.length(SEEDED_CONCERNS);
    for (const concern of roster.concerns) {
      expect(ConcernRecord.safeParse(concern).success, concern.id).to.equal(true);
      const about = roster.mentorships.find((m) => m.id === concern.mentorshipId);
      expect(about?.state, concern.id).to.equal('active');
      expect([concern.raisedById, concern.aboutId]).to.deep.equal([about!.menteeId, about!.mentorId]);
    }
    expect(roster.concerns.map((c) => c.status)).to.deep.equal(['new', 'in-progress', 'new']);
    expect(roster.concerns[1]!.history.at(-1)).to.include({ staffId: DEMO_STAFF.id, status: 'in-progress' });
    expect(roster.concerns[1]!.history.at(-1)!.reply).to.be.a('string');
    expect(new Set(roster.concerns.map((c) => c.id)).size).to.equal(SEEDED_CONCERNS);
  });

  it('takes another size, seed and program', () => {
    const settings = { ...DEMO_PROGRAM_SETTINGS, topics: [{ id: 'welding', label: 'Welding' }] };
    const roster = demoRoster({ now: new Date('2026-11-23T12:00:00.000Z'), size: 60, seed: 3, settings });
    expect(roster.members).to.have.length(60);
    for (const member of roster.members) for (const role of [member.mentor, member.mentee]) role?.topics.forEach((t) => expect(t).to.equal('welding'));
  });

  it('gives each active mentorship a workspace: valid, its partners\' entries dated in its term; every third pair yet to meet', () => {
    const now = new Date('2026-11-23T08:00:00.000Z');
    const roster = demoRoster({ now });
    const active = roster.mentorships.filter((m) => m.state === 'active');
    expect(roster.workspaces.map((w) => w.id)).to.deep.equal(active.map((m) => m.id));
    for (const workspace of roster.workspaces) {
      expect(WorkspaceRecord.safeParse(workspace).success, workspace.id).to.equal(true);
      const m = active.find((a) => a.id === workspace.id)!;
      for (const meeting of workspace.meetings) {
        expect([m.mentorId, m.menteeId]).to.include(meeting.loggedBy);
        expect(meeting.date >= m.startedAt!.slice(0, 10) && meeting.date <= now.toISOString().slice(0, 10), meeting.date).to.equal(true);
      }
    }
    expect(roster.workspaces.some((w) => w.meetings.length === 0)).to.equal(true);
    expect(roster.workspaces.some((w) => w.meetings.length > 0)).to.equal(true);
  });
});
