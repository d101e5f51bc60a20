/**
 * The analyst questions the second seed pass (issue 21) made answerable, asked through the API of
 * the loaded seed graph. Answers are derived from the seed files, never written out; each question
 * also checks that the seeds give it a non-trivial answer, so a test cannot pass on an empty graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../support/app.js';
import {
  attacks,
  entityById,
  newestFirst,
  PERPETRATOR_TYPES,
  relations,
  validDuring,
} from '../../support/graphql/seed-graph.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(app, query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

const ATTACKS = `query($filter: AttackFilter) {
  attacks(filter: $filter, first: 100) { totalCount edges { node { id } } }
}`;
const attackIds = async (filter: Record<string, unknown>) =>
  (
    await ask<{ attacks: { edges: { node: { id: string } }[] } }>(ATTACKS, { filter })
  ).attacks.edges.map((e) => e.node.id);

const NEIGHBORHOOD = `query($id: ID!, $types: [String!], $asOf: Date) {
  neighborhood(id: $id, relationTypes: $types, asOf: $asOf) {
    relations { type status from { id } to { id } evidence { quote } }
  }
}`;
interface Link {
  type: string;
  status: string | null;
  from: { id: string };
  to: { id: string };
  evidence: { quote: string }[];
}
const links = async (id: string, types: string[], asOf?: string) =>
  (await ask<{ neighborhood: { relations: Link[] } }>(NEIGHBORHOOD, { id, types, asOf }))
    .neighborhood.relations;
const pair = (l: { from: { id: string } | string; to: { id: string } | string }) =>
  [l.from, l.to].map((end) => (typeof end === 'string' ? end : end.id)).join(' -> ');

describe('questions the second seed pass answers', () => {
  it('which attacks targeted Shia or Hazara communities: one attacks query', async () => {
    const communities = ['hazara', 'shia-muslims'];
    expect(communities.map((id) => entityById.get(id)?.kind)).toEqual(['Community', 'Community']);
    const targeted = new Set(
      relations
        .filter((r) => r.type === 'TARGETED' && communities.includes(r.to))
        .map((r) => r.from),
    );
    const expected = newestFirst(attacks.filter((a) => targeted.has(a.id)));
    expect(expected.length).toBeGreaterThan(2);
    expect(await attackIds({ targetIds: communities })).toEqual(expected);
    // Each community alone gives its own attacks, and together more than either.
    const hazara = await attackIds({ targetIds: ['hazara'] });
    expect(hazara.length).toBeGreaterThan(0);
    expect(hazara.length).toBeLessThan(expected.length);
  });

  it('who freed whom from prison, each link with its quote', async () => {
    const expected = relations.filter((r) => r.type === 'RELEASED');
    expect(expected.length).toBeGreaterThan(0);
    const releasers = [...new Set(expected.map((r) => r.from))];
    const found = (await Promise.all(releasers.map((id) => links(id, ['RELEASED'])))).flat();
    expect(found.map(pair).sort()).toEqual(expected.map(pair).sort());
    for (const link of found) expect(link.evidence.length).toBeGreaterThan(0);
  });

  it('which attacks IS-K claimed, and which it is only suspected of', async () => {
    const of = (type: string) =>
      newestFirst(
        attacks.filter((a) =>
          relations.some((r) => r.type === type && r.from === 'is-k' && r.to === a.id),
        ),
      );
    const claimed = of('CLAIMED');
    const suspected = of('SUSPECTED_OF');
    expect(claimed.length).toBeGreaterThan(0);
    expect(suspected.length).toBeGreaterThan(0);
    // The April 2022 series: its claimed part is claimed, the series as a whole only suspected.
    expect(suspected).toContain('afghanistan-attack-series-2022-04');
    expect(claimed).not.toContain('afghanistan-attack-series-2022-04');
    const statusesOf = (type: string) => [
      ...new Set(
        relations.filter((r) => r.type === type && r.from === 'is-k').map((r) => r.status ?? ''),
      ),
    ];
    // The statuses filter reaches the same list: IS-K's links with a claim's status are its claims.
    const claimStatuses = statusesOf('CLAIMED');
    const withClaimStatus = newestFirst(
      attacks.filter((a) =>
        relations.some(
          (r) =>
            PERPETRATOR_TYPES.includes(r.type) &&
            r.from === 'is-k' &&
            r.to === a.id &&
            claimStatuses.includes(r.status ?? ''),
        ),
      ),
    );
    expect(withClaimStatus).toEqual(claimed);
    expect(await attackIds({ groupIds: ['is-k'], statuses: claimStatuses })).toEqual(claimed);
    const perpetrators = await ask<{
      entity: { perpetrators: { actor: { id: string }; type: string }[] };
    }>(
      `query($id: ID!) { entity(id: $id) { ... on Attack { perpetrators { actor { id } type } } } }`,
      { id: 'afghanistan-attack-series-2022-04' },
    );
    expect(perpetrators.entity.perpetrators).toEqual([
      { actor: { id: 'is-k' }, type: 'SUSPECTED_OF' },
    ]);
  });

  it.each(['2020', '2022'])('who governed Afghanistan as of %s', async (asOf) => {
    const expected = relations.filter(
      (r) => r.type === 'GOVERNS' && r.to === 'afghanistan' && validDuring(r, asOf, asOf),
    );
    expect(expected).toHaveLength(1);
    const found = await links('afghanistan', ['GOVERNS'], asOf);
    expect(found.map(pair)).toEqual(expected.map(pair));
  });

  it('answers 2020 and 2022 with different governments', async () => {
    const [before, after] = await Promise.all([
      links('afghanistan', ['GOVERNS'], '2020'),
      links('afghanistan', ['GOVERNS'], '2022'),
    ]);
    expect(before[0]?.from.id).not.toBe(after[0]?.from.id);
  });

  it('no longer shows a "former" office holder as current after the source that says so', async () => {
    const ended = relations.filter((r) => r.type === 'OFFICIAL_OF' && r.until);
    expect(ended.length).toBeGreaterThan(0);
    for (const r of ended) {
      const later = String(Number(r.until!.slice(0, 4)) + 1);
      const found = await links(r.from, ['OFFICIAL_OF'], later);
      expect(found.map(pair), `${r.from} as of ${later}`).not.toContain(pair(r));
    }
  });
});
