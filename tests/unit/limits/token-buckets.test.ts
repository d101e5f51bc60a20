import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../../server/src/limits/token-buckets.js';

/** Buckets of 60 points a minute (one a second) on a clock the test moves. */
function buckets(options: { maxClients?: number } = {}) {
  let now = 1_000_000;
  const store = new TokenBuckets({ pointsPerMinute: 60, now: () => now, ...options });
  return { store, advance: (ms: number) => (now += ms) };
}

describe('TokenBuckets', () => {
  it('lets a new client spend a whole minute at once, then refuses with the wait', () => {
    const { store } = buckets();
    expect(store.take('a', 50)).toEqual({ allowed: true, remaining: 10 });
    expect(store.take('a', 25)).toEqual({ allowed: false, remaining: 10, retryAfterSeconds: 15 });
  });

  it('does not charge a refused operation', () => {
    const { store } = buckets();
    store.take('a', 50);
    expect(store.take('a', 40).allowed).toBe(false);
    expect(store.take('a', 10)).toEqual({ allowed: true, remaining: 0 });
  });

  it('refills at the per-minute rate, up to one minute’s worth', () => {
    const { store, advance } = buckets();
    store.take('a', 60);
    advance(20_000);
    expect(store.take('a', 20)).toEqual({ allowed: true, remaining: 0 });
    advance(10 * 60_000);
    expect(store.take('a', 1)).toEqual({ allowed: true, remaining: 59 });
  });

  it('rounds the wait up to whole seconds, at least one', () => {
    const { store, advance } = buckets();
    store.take('a', 60);
    advance(500);
    const charge = store.take('a', 1);
    expect(charge).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it('charges an operation dearer than a whole bucket as a whole bucket', () => {
    const { store, advance } = buckets();
    expect(store.take('a', 500)).toEqual({ allowed: true, remaining: 0 });
    advance(30_000);
    expect(store.take('a', 500)).toMatchObject({ allowed: false, retryAfterSeconds: 30 });
  });

  it('keeps clients apart', () => {
    const { store } = buckets();
    store.take('a', 60);
    expect(store.take('a', 1).allowed).toBe(false);
    expect(store.take('b', 60).allowed).toBe(true);
  });

  it('forgets clients once their bucket would be full again', () => {
    const { store, advance } = buckets();
    store.take('idle', 30);
    advance(40_000);
    store.take('busy', 60);
    advance(30_000); // idle is full again; busy has refilled only 30
    store.take('other', 1);
    expect(store.size).toBe(2);
    expect(store.take('busy', 31).allowed).toBe(false);
  });

  it('keeps at most maxClients, dropping the least recently used', () => {
    const { store } = buckets({ maxClients: 3 });
    for (const key of ['a', 'b', 'c']) store.take(key, 60);
    store.take('a', 1); // a is now the most recent
    store.take('d', 60);
    expect(store.size).toBe(3);
    expect(store.take('a', 1).allowed).toBe(false); // kept, still empty
    expect(store.take('b', 60).allowed).toBe(true); // dropped, so a fresh bucket
  });

  it('goes into debt for a measured cost, down to minus a bucket, and says when a point is back', () => {
    const { store, advance } = buckets();
    expect(store.secondsUntilPoint('a')).toBe(0);
    store.take('a', 10);
    expect(store.debit('a', 80)).toBe(-30);
    expect(store.secondsUntilPoint('a')).toBe(31);
    expect(store.take('a', 1).allowed).toBe(false);
    expect(store.debit('a', 1000)).toBe(-60);
    advance(61_000);
    expect(store.secondsUntilPoint('a')).toBe(0);
    expect(store.take('a', 1)).toEqual({ allowed: true, remaining: 0 });
  });
});
