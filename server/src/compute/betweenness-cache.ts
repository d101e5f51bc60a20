/**
 * Betweenness scores, stale-while-revalidate: requests get the last computed scores at once, and a
 * refresh starts in the background (in a worker thread, see off-thread.ts) when the graph version
 * stamp (Gateway.version) has moved and the scores are at least `minIntervalMs` old — never one
 * computation per edit. Scores older than `maxAgeMs` are refreshed whatever the stamp says, for
 * writes by other processes, which the stamp does not count.
 *
 * The first request, before any result exists, waits for the first computation up to
 * `firstWaitMs`, then is answered SERVICE_UNAVAILABLE ("being computed, retry") while the
 * computation goes on; the next request after it ends gets the scores at once.
 */
import type { Gateway } from '../db/gateway.js';
import { DOMAIN_RELATION_TYPES } from '../domain/vocabulary.js';
import { serviceUnavailable } from '../errors/api-errors.js';
import { betweennessOffThread } from './off-thread.js';

/** One computation's result, and the graph it was computed on. */
export interface BetweennessSnapshot {
  /** Entity ids, highest betweenness first. */
  ranked: string[];
  scores: Map<string, number>;
  /** When the edges were read. */
  computedAt: Date;
  /** The graph version stamp read just before the edges. */
  version: number;
}

export interface RefreshPolicy {
  minIntervalMs: number;
  maxAgeMs: number;
  firstWaitMs: number;
  /** Above this many nodes, betweenness is estimated from this many pivots. */
  pivots: number;
}

export const DEFAULT_POLICY: RefreshPolicy = {
  minIntervalMs: 60_000,
  maxAgeMs: 15 * 60_000,
  firstWaitMs: 10_000,
  pivots: 256,
};

export class BetweennessCache {
  private snapshot: BetweennessSnapshot | undefined;
  private running: Promise<BetweennessSnapshot> | undefined;

  constructor(
    private readonly db: Gateway,
    private readonly policy: RefreshPolicy = DEFAULT_POLICY,
  ) {}

  /** The latest scores; starts a background refresh when they are stale (see the module note). */
  async current(): Promise<BetweennessSnapshot> {
    const last = this.snapshot;
    if (last) {
      const age = Date.now() - last.computedAt.getTime();
      const moved = this.db.version !== last.version;
      if ((moved && age >= this.policy.minIntervalMs) || age >= this.policy.maxAgeMs) {
        // A failed refresh keeps the last scores; the next request tries again.
        this.refresh().catch(() => {});
      }
      return last;
    }
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.policy.firstWaitMs);
    });
    const first = await Promise.race([this.refresh(), waited]).finally(() => clearTimeout(timer));
    if (first) return first;
    throw serviceUnavailable(
      `Betweenness is being computed for the first time (over ${this.policy.firstWaitMs / 1000} s so far); retry in a few seconds.`,
    );
  }

  /** The computation under way, or a new one: never two at once. */
  private refresh(): Promise<BetweennessSnapshot> {
    this.running ??= this.compute().finally(() => (this.running = undefined));
    return this.running;
  }

  private async compute(): Promise<BetweennessSnapshot> {
    // Read before the edges: a write while they are read moves the stamp past this version.
    const version = this.db.version;
    const computedAt = new Date();
    const rows = await this.db.read<{ from: string; to: string }>('stats/domain-edges', {
      types: DOMAIN_RELATION_TYPES,
    });
    const { ranked, scores } = await betweennessOffThread({
      from: rows.map((r) => r.from),
      to: rows.map((r) => r.to),
      pivots: this.policy.pivots,
    });
    this.snapshot = { ranked, scores, computedAt, version };
    return this.snapshot;
  }
}

const caches = new WeakMap<Gateway, BetweennessCache>();

/** The cache of the graph behind `db` (one per gateway, so one per served database). */
export function betweennessCache(db: Gateway): BetweennessCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new BetweennessCache(db)));
  return cache;
}
