// The demo program as `npm start` seeds it and the in-page demo starts it.
import { expect } from '@open-wc/testing';
import { DEFAULT_PROGRAM_SETTINGS, ProgramSettings } from '@mentor-match/core';
import { DEMO_PROGRAM_SETTINGS, DEMO_ROSTER_SEED, DEMO_ROSTER_SIZE, demoRoster, generateRoster } from '../src/index.ts';

describe('the demo program', () => {
  it('is the default program under the demo society’s name, valid per the schema', () => {
    expect(ProgramSettings.safeParse(DEMO_PROGRAM_SETTINGS).success).to.equal(true);
    expect(DEMO_PROGRAM_SETTINGS.name).to.not.equal(DEFAULT_PROGRAM_SETTINGS.name);
    expect({ ...DEMO_PROGRAM_SETTINGS, name: DEFAULT_PROGRAM_SETTINGS.name }).to.deep.equal(DEFAULT_PROGRAM_SETTINGS);
  });

  it('seeds the same roster at any time of a UTC day, the demo roster as of the day’s start', () => {
    const morning = demoRoster({ now: new Date('2026-11-23T00:00:00.000Z') });
    const night = demoRoster({ now: new Date('2026-11-23T23:59:59.999Z') });
    expect(JSON.stringify(night)).to.equal(JSON.stringify(morning));
    const expected = generateRoster({ size: DEMO_ROSTER_SIZE, seed: DEMO_ROSTER_SEED, settings: DEMO_PROGRAM_SETTINGS, now: new Date('2026-11-23T00:00:00.000Z') });
    expect(JSON.stringify(morning)).to.equal(JSON.stringify(expected));
    expect(JSON.stringify(demoRoster({ now: new Date('2026-11-24T00:00:00.000Z') }))).to.not.equal(JSON.stringify(morning));
  });

  it('takes another size, seed and program', () => {
    const settings = { ...DEMO_PROGRAM_SETTINGS, topics: [{ id: 'welding', label: 'Welding' }] };
    const roster = demoRoster({ now: new Date('2026-11-23T12:00:00.000Z'), size: 60, seed: 3, settings });
    expect(roster.members).to.have.length(60);
    for (const member of roster.members) for (const role of [member.mentor, member.mentee]) role?.topics.forEach((t) => expect(t).to.equal('welding'));
  });
});
