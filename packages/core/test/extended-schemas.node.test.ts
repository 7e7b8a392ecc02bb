// The schemas that add fields to another (a role's profile, a career stage, the staff lists' queries and the
// evaluations' page) spread its fields into a new strict object instead of calling zod's `z.extend` (its code
// was on every page for these few uses). Each is held here to what z.extend made of the same parts: the same
// JSON schema (the OpenAPI document is built from it) and the same verdict and issues on good and bad values,
// a staff filter's from/to rule included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { RoleInput, RoleProfile } from '../src/schemas/member.ts';
import { CareerStage, TaxonomyEntry } from '../src/schemas/settings.ts';
import * as staff from '../src/schemas/staff.ts';
import { MAX_STAFF_PAGE_SIZE } from '../src/schemas/staff.ts';

const paging = { limit: z.optional(z.int().check(z.gte(1), z.lte(MAX_STAFF_PAGE_SIZE))), cursor: z.optional(staff.Cursor) };
const queries = ['Member', 'Mentorship', 'Request', 'Concern', 'Evaluation', 'Audit'] as const;

const issues = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? result.data : result.error.issues;
};
/** Values near each schema's rules: empty, unknown keys, the paging fields wrong and right, days out of order. */
const values: unknown[] = [
  {}, { olderThanDays: 3 }, { olderThanDays: 3, limit: 0 }, { limit: MAX_STAFF_PAGE_SIZE, cursor: 'c' }, { limit: MAX_STAFF_PAGE_SIZE + 1 },
  { cursor: '' }, { from: '2026-02-01', to: '2026-01-01' }, { from: '2026-01-01', to: '2026-02-01', limit: 5 }, { from: '2026-02-01', to: '2026-01-01', limit: 0 },
  { unknown: 1 }, { text: 'ada', memberId: 'm1' }, null, 'x',
];

describe('schemas that extend another', () => {
  it('each staff list\'s query is what z.extend(filter, paging) was', () => {
    for (const name of queries) {
      const ours = staff[`${name}ListQuery`] as z.ZodMiniType;
      const extended = z.extend(staff[`${name}ListFilter`], paging);
      assert.deepEqual(z.toJSONSchema(ours), z.toJSONSchema(extended), name);
      for (const value of values) assert.deepEqual(issues(ours, value), issues(extended, value), `${name} ${JSON.stringify(value)}`);
    }
    // The from/to rule came with the filter: a query with the days out of order is refused.
    assert.equal(staff.AuditListQuery.safeParse({ from: '2026-02-01', to: '2026-01-01' }).success, false);
  });

  it('a role\'s profile, a career stage and the evaluations\' page are what z.extend made', () => {
    const pairs: [string, z.ZodMiniType, z.ZodMiniType, unknown[]][] = [
      ['RoleProfile', RoleProfile, z.extend(RoleInput, { enrolledAt: RoleProfile.shape.enrolledAt }), [
        {}, { topics: ['t'], meetingModes: ['video'], statement: 'Hi', enrolledAt: '2026-01-01T00:00:00.000Z' }, { topics: [], enrolledAt: 'no' },
      ]],
      ['CareerStage', CareerStage, z.extend(TaxonomyEntry, { rank: CareerStage.shape.rank }), [
        { id: 'early', label: 'Early', rank: 0 }, { id: 'early', label: 'Early', rank: -1 }, { id: 'early', label: '', rank: 0, extra: 1 },
      ]],
      ['EvaluationPage', staff.EvaluationPage, z.extend(z.strictObject({ items: z.array(staff.Evaluation), total: z.int().check(z.gte(0)), next: z.nullable(staff.Cursor) }), { averages: staff.EvaluationPage.shape.averages }), [
        { items: [], total: 0, next: null }, { items: [], total: -1, next: '', averages: {} },
      ]],
    ];
    for (const [name, ours, extended, tried] of pairs) {
      assert.deepEqual(z.toJSONSchema(ours), z.toJSONSchema(extended), name);
      for (const value of tried) assert.deepEqual(issues(ours, value), issues(extended, value), `${name} ${JSON.stringify(value)}`);
    }
  });
});
