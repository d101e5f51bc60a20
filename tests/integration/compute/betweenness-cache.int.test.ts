/**
 * The betweenness cache on the seed graph: stale-while-revalidate, driven by the gateway's graph
 * version stamp — edits never recompute it inline, a refresh runs in the background once the
 * version moved and the minimum interval passed, and requests get the last scores meanwhile.
 */
import { describe, expect, it } from 'vitest';
import {
  BetweennessCache,
  DEFAULT_POLICY,
  type RefreshPolicy,
} from '../../../server/src/compute/betweenness-cache.js';
import { gql } from '../../support/app.js';
import { UPSERT, useTestEntities } from '../../support/graphql/test-entities.js';

const env = useTestEntities();

const policy = (overrides: Partial<RefreshPolicy>) => ({ ...DEFAULT_POLICY, ...overrides });
const touch = (name: string) =>
  env.test.edit(UPSERT, { input: { id: env.test.id(name), kind: 'Group', name: `Cache ${name}` } });

describe('betweenness cache', () => {
  it('moves the graph version stamp with each committed write, not with reads', async () => {
    const before = env.app.db.version;
    await gql(env.app, '{ counts { kinds { count } } }');
    expect(env.app.db.version).toBe(before);
    await touch('stamp');
    expect(env.app.db.version).toBe(before + 1);
  });

  it('serves the last scores after an edit until the minimum interval has passed', async () => {
    const cache = new BetweennessCache(env.app.db, policy({ minIntervalMs: 60_000 }));
    const first = await cache.current();
    expect(first.ranked.length).toBeGreaterThan(10);
    await touch('within-interval');
    const again = await cache.current();
    expect(again).toBe(first);
    // Nothing was started in the background either.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await cache.current()).toBe(first);
  });

  it('refreshes in the background once the version moved, serving the old scores meanwhile', async () => {
    const cache = new BetweennessCache(env.app.db, policy({ minIntervalMs: 0 }));
    const first = await cache.current();
    // Unchanged graph: no refresh however old the scores.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await cache.current()).toBe(first);

    await touch('after-interval');
    const served = await cache.current();
    expect(served).toBe(first);
    let next = served;
    for (let i = 0; i < 600 && next === first; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      next = await cache.current();
    }
    expect(next).not.toBe(first);
    expect(next.version).toBe(env.app.db.version);
    expect(next.computedAt.getTime()).toBeGreaterThan(first.computedAt.getTime());
  });

  it('answers the first request "computing, retry" when it outlasts the wait, then the scores', async () => {
    const cache = new BetweennessCache(env.app.db, policy({ firstWaitMs: 0 }));
    await expect(cache.current()).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    let scores;
    for (let i = 0; i < 600 && !scores; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      scores = await cache.current().catch(() => undefined);
    }
    expect(scores?.ranked.length).toBeGreaterThan(10);
  });
});
