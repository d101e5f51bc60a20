/**
 * The two plans for a page of attacks (cypher/attack/page-by-date and page-from-groups) must give
 * the same pages; which one runs depends on graph size, so both are checked on every filter here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttackFilterParams } from '../../../server/src/graphql/records.js';
import { startTestApp, type TestApp } from '../../support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const NO_FILTER: AttackFilterParams = {
  from: null,
  to: null,
  minKilled: null,
  graded: false,
  reliabilities: [],
  credibilities: [],
  groupIds: [],
  stateIds: [],
  placeIds: [],
  targetIds: [],
  statuses: [],
  existsBy: null,
  includeUndated: false,
  attackTypes: [],
  geoBox: null,
  geoNear: null,
};

interface PageRow {
  dateStart: string;
  entity: { id: string };
}

async function pageIds(query: string, filter: AttackFilterParams, limit: number) {
  const ids: string[] = [];
  let after: PageRow | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const rows = await app.db.read<PageRow>(query, {
      ...filter,
      afterDate: after?.dateStart ?? null,
      afterId: after?.entity.id ?? null,
      limit,
      upper: after?.dateStart ?? filter.to ?? '9999-12-31',
    });
    ids.push(...rows.map((row) => row.entity.id));
    if (rows.length < limit) return ids;
    after = rows.at(-1);
  }
  throw new Error('more than 50 pages');
}

describe('attack page plans', () => {
  it.each<[string, Partial<AttackFilterParams>]>([
    ['is-k', { groupIds: ['is-k'] }],
    [
      'is-k and the taliban, claimed or suspected',
      { groupIds: ['is-k', 'taliban'], statuses: ['claimed', 'suspected'] },
    ],
    ['is-k in 2021-2022', { groupIds: ['is-k'], from: '2021-01-01', to: '2022-12-31' }],
    [
      'is-k in afghanistan, at least 1 killed',
      { groupIds: ['is-k'], stateIds: ['afghanistan'], minKilled: 1 },
    ],
    ['is-k in kabul', { groupIds: ['is-k'], placeIds: ['kabul'] }],
  ])('agree for %s, page by page', async (_label, partial) => {
    const filter = { ...NO_FILTER, ...partial };
    for (const limit of [1, 3, 100]) {
      const byDate = await pageIds('attack/page-by-date', filter, limit);
      expect(byDate.length).toBeGreaterThan(0);
      expect(await pageIds('attack/page-from-groups', filter, limit)).toEqual(byDate);
    }
  });
});
