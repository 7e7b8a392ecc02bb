import { expect } from '@open-wc/testing';
import { DAY_MS, DEFAULT_PROGRAM_SETTINGS, activeCountsFrom, isShownTo, memberViewFor, relationsFrom, toViewer } from '../src/index.ts';
import { member, mentorship } from './member-fixtures.ts';

describe('relationsFrom', () => {
  it('names everyone the viewer shares a mentorship with, and nobody else', () => {
    const relations = relationsFrom(
      [
        mentorship({ id: 'ms-1', state: 'completed' }),
        mentorship({ id: 'ms-2', mentorId: 'eve', requesterId: 'mee', state: 'pending' }),
        mentorship({ id: 'ms-3', mentorId: 'zed', menteeId: 'amy', requesterId: 'amy' }),
      ],
      'mee',
    );
    expect([...relations.keys()]).to.deep.equal(['mor', 'eve']);
    expect(relations.get('mor')).to.deep.equal({ isPartner: true, live: null, declinedAt: null, withdrawnAt: null });
    expect(relations.get('eve')?.isPartner).to.equal(false);
    expect(relations.get('eve')?.live?.id).to.equal('ms-2');
  });

  it('keeps a pair partners after a later request, whose live mentorship it shows', () => {
    const ended = mentorship({ id: 'ms-1', state: 'ended' });
    const again = mentorship({ id: 'ms-2', createdAt: '2026-09-01T12:00:00.000Z' });
    expect(relationsFrom([ended, again], 'mor').get('mee')).to.deep.equal({ isPartner: true, live: again, declinedAt: null, withdrawnAt: null });
  });

  it('takes the last live mentorship of a pair when data holds more than the lifecycle allows', () => {
    const first = mentorship({ id: 'ms-1', state: 'active' });
    const second = mentorship({ id: 'ms-2', state: 'pending' });
    expect(relationsFrom([first, second], 'mee').get('mor')?.live?.id).to.equal('ms-2');
  });

  it('keeps when the viewer\'s latest request to them was declined and withdrawn, not the other way round', () => {
    const declined = mentorship({ id: 'ms-1', requesterId: 'mee', state: 'declined', endedAt: '2026-03-01T00:00:00.000Z' });
    const withdrawn = mentorship({ id: 'ms-2', requesterId: 'mee', state: 'withdrawn', endedAt: '2026-03-02T00:00:00.000Z' });
    const later = mentorship({ id: 'ms-3', requesterId: 'mee', state: 'withdrawn', endedAt: '2026-03-05T00:00:00.000Z' });
    expect(relationsFrom([declined, withdrawn, later], 'mee').get('mor')).to.deep.include({
      declinedAt: '2026-03-01T00:00:00.000Z', withdrawnAt: '2026-03-05T00:00:00.000Z',
    });
    expect(relationsFrom([declined, withdrawn], 'mor').get('mee')).to.deep.include({ declinedAt: null, withdrawnAt: null });
  });
});

describe('isShownTo', () => {
  const outsider = member('out', { mentor: null, mentee: null });

  it('shows enrolled members to anyone', () => {
    expect(isShownTo(member('mor'), 'mee', new Map())).to.equal(true);
  });

  it('shows a member enrolled in no role only to themself and to whoever shared a mentorship with them', () => {
    expect(isShownTo(outsider, 'mee', new Map())).to.equal(false);
    expect(isShownTo(outsider, 'out', new Map())).to.equal(true);
    const relations = relationsFrom([mentorship({ mentorId: 'out', state: 'declined' })], 'mee');
    expect(isShownTo(outsider, 'mee', relations)).to.equal(true);
  });
});

describe('memberViewFor', () => {
  const RULES = { settings: DEFAULT_PROGRAM_SETTINGS, now: new Date('2026-03-10T12:00:00.000Z') };

  it('gives a partner the contact details and the live mentorship from the viewer’s side, with the counts', () => {
    const relations = relationsFrom([mentorship({ id: 'ms-1', state: 'active' })], 'mee');
    const view = memberViewFor('mee', member('mor'), relations, { mentees: 2, mentors: 1 }, RULES);
    expect(view.contact).to.deep.equal({ email: 'mor@members.example.org', phone: null });
    expect(view.relation).to.deep.include({ mentorshipId: 'ms-1', state: 'active', viewerIsRequester: true });
    expect(view.mentor?.activeMentees).to.equal(2);
    expect(view.mentee?.activeMentors).to.equal(1);
  });

  it('gives anyone else neither contact details nor a relation', () => {
    const view = memberViewFor('amy', member('mor'), new Map(), { mentees: 0, mentors: 0 }, RULES);
    expect(view.contact).to.equal(null);
    expect(view.relation).to.equal(null);
    expect('requestAgainAt' in view).to.equal(false);
  });

  it('says when the viewer may ask again while their cooldown runs, and nothing once it has run out', () => {
    const declinedAt = '2026-03-01T00:00:00.000Z';
    const relations = relationsFrom([mentorship({ requesterId: 'mee', state: 'declined', endedAt: declinedAt })], 'mee');
    const until = new Date(Date.parse(declinedAt) + DEFAULT_PROGRAM_SETTINGS.cooldownAfterDeclineDays * DAY_MS);
    const at = (now: Date) => memberViewFor('mee', member('mor'), relations, { mentees: 0, mentors: 0 }, { ...RULES, now });
    expect(at(new Date(until.getTime() - 1)).requestAgainAt).to.equal(until.toISOString());
    expect('requestAgainAt' in at(until)).to.equal(false);
  });
});

describe('toViewer', () => {
  it('says whether the member is enrolled and carries their counts', () => {
    expect(toViewer(member('mee'), { mentees: 1, mentors: 2 }, { sent: 3, awaiting: 4 }, false)).to.deep.include({
      enrolled: true, activeAsMentor: 1, activeAsMentee: 2, openRequestsSent: 3, awaitingResponse: 4, staff: false,
    });
    expect(toViewer(member('out', { mentor: null, mentee: null }), { mentees: 0, mentors: 0 }, { sent: 0, awaiting: 0 }, false).enrolled)
      .to.equal(false);
    expect(toViewer(member('st'), { mentees: 0, mentors: 0 }, { sent: 0, awaiting: 0 }, true).staff, 'staff, as the caller says').to.equal(true);
  });
});

describe('activeCountsFrom', () => {
  it('counts each member’s active mentees and mentors; anyone else has none', () => {
    const counts = activeCountsFrom([
      { mentorId: 'ann', menteeId: 'me1', state: 'active' },
      { mentorId: 'ann', menteeId: 'me2', state: 'active' },
      { mentorId: 'me1', menteeId: 'bo', state: 'active' },
    ]);
    expect(counts('ann')).to.deep.equal({ mentees: 2, mentors: 0 });
    expect(counts('me1')).to.deep.equal({ mentees: 1, mentors: 1 });
    expect(counts('zed')).to.deep.equal({ mentees: 0, mentors: 0 });
  });

  it('counts completed mentorships for their mentor only (the ribbon), and no other state', () => {
    const counts = activeCountsFrom([
      { mentorId: 'ann', menteeId: 'me1', state: 'completed' },
      { mentorId: 'ann', menteeId: 'me2', state: 'completed' },
      { mentorId: 'ann', menteeId: 'me3', state: 'ended' },
      { mentorId: 'ann', menteeId: 'me4', state: 'active' },
      { mentorId: 'bo', menteeId: 'ann', state: 'completed' },
      { mentorId: 'cy', menteeId: 'me1', state: 'pending' },
    ]);
    expect(counts('ann')).to.deep.equal({ mentees: 1, mentors: 0, completedMentorships: 2 });
    expect(counts('me1')).to.deep.equal({ mentees: 0, mentors: 0 }, 'a mentee gets no completed count');
    expect(counts('bo')).to.deep.equal({ mentees: 0, mentors: 0, completedMentorships: 1 });
    expect(counts('cy')).to.deep.equal({ mentees: 0, mentors: 0 }, 'a pending request counts for nothing');
  });
});
