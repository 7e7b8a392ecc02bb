// Cohorts under concurrency, on PostgreSQL (PGlite runs one transaction at a time, so it cannot show a race):
// the cohort's row is locked before its draft is read, so two staff publishing the same draft at once publish
// it once; the match's row is locked before an answer, so both members accepting at once make one mentorship.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { caller, enrol } from './support/client.ts';

const url = process.env.TEST_DATABASE_URL;
const DAY = 24 * 60 * 60 * 1000;

describe('cohort concurrency (PostgreSQL)', { skip: url ? false : 'set TEST_DATABASE_URL to run against PostgreSQL' }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ database: url });
  });
  after(() => server?.close());

  /** An open cohort with `mentors` mentors (capacity 1) and as many mentees applied, its draft run. */
  async function cohortWithDraft(tag: string, size: number): Promise<{ id: string; version: number }> {
    const now = server.clock.now().getTime();
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    const office = caller(server, `office-${tag}`, { staff: true });
    const created = await office.post('/staff/cohorts', {
      name: `Cohort ${tag}`, roles: ['mentor', 'mentee'],
      applicationsOpenAt: at(-1), applicationsCloseAt: at(10), matchAt: at(11), termStartsAt: at(12), termEndsAt: at(377),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.cohort.id as string;
    for (let i = 0; i < size; i++) {
      for (const role of ['mentor', 'mentee'] as const) {
        const member = `${role}-${tag}-${i}`;
        await enrol(server, member, [role]);
        const applied = await caller(server, member).put(`/cohorts/${id}/applications/${role}`, { topics: ['statistics'], statement: '', capacity: 1, avoid: [] });
        assert.equal(applied.status, 200, JSON.stringify(applied.body));
      }
    }
    const run = await office.post(`/staff/cohorts/${id}/run`, {});
    assert.equal(run.status, 200, JSON.stringify(run.body));
    assert.equal(run.body.pairs.length, size);
    return { id, version: run.body.version as number };
  }

  for (const round of [1, 2, 3]) {
    it(`two staff publish the same draft at once: one publication (round ${round})`, async () => {
      const { id, version } = await cohortWithDraft(`p${round}`, 4);
      const replies = await Promise.all(['office-a', 'office-b', 'office-c'].map((who) => caller(server, who, { staff: true }).post(`/staff/cohorts/${id}/publish`, { version })));
      assert.deepEqual(replies.map((r) => r.status).sort(), [200, 409, 409], JSON.stringify(replies.map((r) => r.body)));
      for (const refused of replies.filter((r) => r.status === 409)) assert.equal(refused.body.reason, 'state');
      const [row] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cohort_matches WHERE cohort_id = $1', [id]);
      assert.equal(row?.n, 4, 'each pair published once');
    });
  }

  it('both members accept at once: one mentorship, active', async () => {
    const { id, version } = await cohortWithDraft('acc', 1);
    const office = caller(server, 'office-acc', { staff: true });
    assert.equal((await office.post(`/staff/cohorts/${id}/publish`, { version })).status, 200);
    const matchOf = async (member: string) => {
      const list = await caller(server, member).get('/cohorts');
      return list.body.items[0].matches[0].id as string;
    };
    const matchId = await matchOf('mentee-acc-0');
    const replies = await Promise.all(['mentor-acc-0', 'mentee-acc-0'].map((member) => caller(server, member).post(`/cohort-matches/${matchId}/answer`, { accept: true })));
    assert.deepEqual(replies.map((r) => r.status), [200, 200]);
    const [row] = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM mentorships WHERE mentee_id = 'mentee-acc-0' AND state = 'active'");
    assert.equal(row?.n, 1, 'one mentorship');
    const statuses = replies.map((r) => r.body.status).sort();
    assert.deepEqual(statuses, ['active', 'proposed'], 'the second accept made it active');
  });
});
