/** `timeline`: attacks and casualties per month per perpetrator, as the seed attacks add up. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import { expectBadInput, expectInvalidValue } from '../../../../support/graphql/expect-error.js';
import {
  attacks,
  dateSpan,
  maxKilled,
  maxWounded,
  perpetratorLinks,
  type SeedAttack,
  whereAttack,
} from '../../../../support/graphql/seed-graph.js';

const TIMELINE = `query Timeline($filter: AttackFilter) {
  timeline(filter: $filter) { month group { id } attacks killed wounded }
}`;

interface Bucket {
  month: string;
  group: string;
  attacks: number;
  killed: number;
  wounded: number;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function timeline(filter?: Record<string, unknown>): Promise<Bucket[]> {
  const result = await gql<{ timeline: (Omit<Bucket, 'group'> & { group: { id: string } })[] }>(
    app,
    TIMELINE,
    { filter },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.timeline.map((b) => ({ ...b, group: b.group.id }));
}

/**
 * The buckets the seeds imply: dated attacks per month (or year, when only the year is known) per
 * linked group or person; casualties are each attack's highest report, summed over its attacks.
 */
function expected(
  keepAttack: (a: SeedAttack) => boolean = () => true,
  keepGroup: (id: string) => boolean = () => true,
): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const attack of attacks.filter((a) => a.date !== null && keepAttack(a))) {
    const month = attack.date!.length === 4 ? attack.date! : attack.date!.slice(0, 7);
    for (const group of new Set(
      perpetratorLinks(attack.id)
        .map((r) => r.from)
        .filter(keepGroup),
    )) {
      const bucket = buckets.get(`${month} ${group}`) ?? {
        month,
        group,
        attacks: 0,
        killed: 0,
        wounded: 0,
      };
      bucket.attacks += 1;
      bucket.killed += maxKilled(attack) ?? 0;
      bucket.wounded += maxWounded(attack) ?? 0;
      buckets.set(`${month} ${group}`, bucket);
    }
  }
  return [...buckets.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || a.group.localeCompare(b.group),
  );
}

describe('timeline', () => {
  it('buckets every dated seed attack by month and perpetrator, in order', async () => {
    const found = await timeline();
    expect(found.length).toBeGreaterThan(5);
    expect(found).toEqual(expected());
  });

  it('counts the highest casualty report of an attack, not the sum of its reports', async () => {
    const airport = attacks.find((a) => a.id === 'kabul-airport-bombing-2021')!;
    const figures = airport.casualtyReports.map((c) => c.killed ?? 0);
    expect(new Set(figures).size).toBeGreaterThan(1);
    const bucket = (await timeline({ groupIds: ['is-k'], from: '2021-08', to: '2021-08' })).find(
      (b) => b.month === '2021-08',
    );
    expect(bucket).toMatchObject({ group: 'is-k', attacks: 1, killed: Math.max(...figures) });
  });

  it('applies the attack filter: group and date range', async () => {
    const filter = { groupIds: ['is-k'], from: '2024', to: '2024-12' };
    const keep = (a: SeedAttack) =>
      a.date !== null &&
      dateSpan(a.date).start >= '2024-01-01' &&
      dateSpan(a.date).end <= '2024-12-31';
    const found = await timeline(filter);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(expected(keep, (g) => g === 'is-k'));
  });

  it('applies the attack filter: state and casualty threshold', async () => {
    const found = await timeline({ stateIds: ['united-states'], minKilled: 1 });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(
      expected((a) => whereAttack(a.id).has('united-states') && (maxKilled(a) ?? -1) >= 1),
    );
    expect(await timeline({ groupIds: ['no-such-group'] })).toEqual([]);
  });

  it('rejects bad filters', async () => {
    expectBadInput(await gql(app, TIMELINE, { filter: { from: '2024', to: '2023' } }), [
      'filter',
      'from',
    ]);
    expectBadInput(await gql(app, TIMELINE, { filter: { statuses: ['rumoured'] } }), [
      'filter',
      'statuses',
      0,
    ]);
    expectInvalidValue(await gql(app, TIMELINE, { filter: { to: '2024-00' } }), '2024-00');
  });
});
