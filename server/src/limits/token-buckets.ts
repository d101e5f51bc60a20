/**
 * One token bucket per client. A bucket holds up to a minute's points and refills continuously, so
 * a client may spend its whole minute at once (the explorer's first screen fires several requests)
 * and then its steady rate. Memory stays bounded: a bucket idle long enough to be full again is
 * dropped, since a new client gets a full bucket anyway; and at most `maxClients` buckets are kept,
 * the least recently used going first, so rotating addresses cannot grow the map without end.
 */

export interface TokenBucketOptions {
  /** Refill rate, and the size of a bucket. */
  pointsPerMinute: number;
  /** Most buckets kept at once. */
  maxClients?: number;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}

export type Charge =
  | { allowed: true; remaining: number }
  | { allowed: false; remaining: number; retryAfterSeconds: number };

interface Bucket {
  points: number;
  at: number;
}

const MINUTE_MS = 60_000;

export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #capacity: number;
  readonly #pointsPerMs: number;
  readonly #maxClients: number;
  readonly #now: () => number;
  #lastSweep: number;

  constructor(options: TokenBucketOptions) {
    this.#capacity = options.pointsPerMinute;
    this.#pointsPerMs = options.pointsPerMinute / MINUTE_MS;
    this.#maxClients = options.maxClients ?? 100_000;
    this.#now = options.now ?? Date.now;
    this.#lastSweep = this.#now();
  }

  /** Number of clients with a bucket: bounded by maxClients and by a minute of activity. */
  get size(): number {
    return this.#buckets.size;
  }

  /**
   * Takes `cost` points from `key`'s bucket, or nothing when it holds too few. A cost over a whole
   * bucket is taken as a whole bucket: such an operation waits for a full one instead of never
   * running.
   */
  take(key: string, cost: number): Charge {
    const now = this.#now();
    this.#sweep(now);
    const points = this.#pointsAt(this.#buckets.get(key), now);
    const charge = Math.min(cost, this.#capacity);
    const allowed = points >= charge;
    const remaining = allowed ? points - charge : points;
    // Re-inserted so that the map's order is least recently used first.
    this.#buckets.delete(key);
    this.#buckets.set(key, { points: remaining, at: now });
    if (this.#buckets.size > this.#maxClients) {
      this.#buckets.delete(this.#buckets.keys().next().value as string);
    }
    if (allowed) return { allowed, remaining };
    const waitMs = (charge - points) / this.#pointsPerMs;
    return { allowed, remaining, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** Seconds until `key`'s bucket holds a point again; 0 when it holds one now. Changes nothing. */
  secondsUntilPoint(key: string): number {
    const points = this.#pointsAt(this.#buckets.get(key), this.#now());
    return points >= 1 ? 0 : Math.max(1, Math.ceil((1 - points) / this.#pointsPerMs / 1000));
  }

  /**
   * Takes `points` more from `key`'s bucket whatever it holds: the part of an operation's measured
   * cost that its price did not cover. The bucket may go below zero, down to minus a whole bucket,
   * and the client waits until it has refilled. Returns what is left.
   */
  debit(key: string, points: number): number {
    const now = this.#now();
    const bucket = this.#buckets.get(key);
    const remaining = Math.max(-this.#capacity, this.#pointsAt(bucket, now) - points);
    this.#buckets.delete(key);
    this.#buckets.set(key, { points: remaining, at: now });
    return remaining;
  }

  #pointsAt(bucket: Bucket | undefined, now: number): number {
    if (!bucket) return this.#capacity;
    return Math.min(this.#capacity, bucket.points + (now - bucket.at) * this.#pointsPerMs);
  }

  /** Once a minute, drops the buckets that have refilled completely. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < MINUTE_MS) return;
    this.#lastSweep = now;
    for (const [key, bucket] of this.#buckets) {
      if (this.#pointsAt(bucket, now) >= this.#capacity) this.#buckets.delete(key);
    }
  }
}
