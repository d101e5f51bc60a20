/**
 * `communities` against the real Neo4j: two clusters planted in a generated graph come out as two
 * communities, the answer is the same for a fixed seed, an edit is seen at once (the cache is
 * invalidated with the graph version), and bad arguments are refused.
 */
import { describe, expect, it } from 'vitest';
import { gql, MANY_CLIENTS, testConfig } from '../../../../support/app.js';
import { expectBadInput } from '../../../../support/graphql/expect-error.js';
import { useTestEntities } from '../../../../support/graphql/test-entities.js';

const COMMUNITIES = `query C($kinds: [EntityKind!], $relationTypes: [String!], $resolution: Float, $seed: Int) {
  communities(kinds: $kinds, relationTypes: $relationTypes, resolution: $resolution, seed: $seed) {
    modularity
    communities { id members { id } }
  }
}`;

interface Result {
  modularity: number;
  communities: { id: string; members: { id: string }[] }[];
}

// Side by side for the race, and a long query timeout for a loaded machine (the assertions are on
// answers, never on time).
const run = useTestEntities(testConfig({ ...MANY_CLIENTS, QUERY_TIMEOUT_MS: '60000' }));

async function communities(variables: Record<string, unknown>): Promise<Result> {
  const result = await gql<{ communities: Result }>(run.app, COMMUNITIES, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.communities;
}

/** The community of each id, as the index of its community in `result`. */
const communityOf = (result: Result, ids: string[]) =>
  ids.map((id) => result.communities.findIndex((c) => c.members.some((m) => m.id === id)));

describe('communities', () => {
  it('separates two planted clusters, the same for a fixed seed, and sees an edit at once', async () => {
    const { test } = run;
    const size = 5;
    // One after another: a test client's budget does not take a burst of writes.
    const make = async (prefix: string) => {
      const ids: string[] = [];
      for (let i = 0; i < size; i++) ids.push((await test.group(`${prefix}${i}`)).id);
      return ids;
    };
    const left = await make('left');
    const right = await make('right');
    // The planted clusters touch the seed groups' CLASHED_WITH links only through their own ids.
    for (const cluster of [left, right])
      for (let i = 0; i < size; i++)
        for (let j = i + 1; j < size; j++)
          await test.relation('CLASHED_WITH', cluster[i]!, cluster[j]!);
    await test.relation('CLASHED_WITH', left[0]!, right[0]!);

    const question = { kinds: ['Group'], relationTypes: ['CLASHED_WITH'], seed: 7 };
    const first = await communities(question);
    const leftOf = communityOf(first, left);
    const rightOf = communityOf(first, right);
    expect(new Set(leftOf).size).toBe(1);
    expect(new Set(rightOf).size).toBe(1);
    expect(leftOf[0]).toBeGreaterThanOrEqual(0);
    expect(leftOf[0]).not.toBe(rightOf[0]);
    expect(first.modularity).toBeGreaterThan(0);
    expect(await communities(question)).toEqual(first);

    // A new member of the left cluster is in the next answer (no stale cache).
    const late = await test.group('late');
    for (const id of left) await test.relation('CLASHED_WITH', late.id, id);
    const after = await communities(question);
    expect(communityOf(after, [late.id])).toEqual([communityOf(after, left)[0]]);
  });

  it('refuses relation types outside the vocabulary, and resolutions out of range', async () => {
    expectBadInput(
      await gql(run.app, COMMUNITIES, { relationTypes: ['ALLY_OF', 'FRIENDS_WITH'] }),
      ['relationTypes', 1],
    );
    expectBadInput(await gql(run.app, COMMUNITIES, { resolution: 0 }), ['resolution']);
    expectBadInput(await gql(run.app, COMMUNITIES, { resolution: 11 }), ['resolution']);
    // A kind outside the vocabulary fails the document's validation (the EntityKind enum).
    const badKind = await gql(run.app, COMMUNITIES, { kinds: ['Gang'] });
    expect(badKind.status).toBe(400);
    expect(badKind.errors?.[0]?.message).toContain('"Gang"');
  });

  it('finds communities in the seed actor graph by default', async () => {
    const result = await communities({});
    const members = result.communities.flatMap((c) => c.members.map((m) => m.id));
    expect(result.communities.length).toBeGreaterThan(1);
    expect(new Set(members).size).toBe(members.length);
    expect(members).toContain('is-k');
  });
});
