/**
 * Communities per question (kinds, relation types, resolution, seed), computed off-thread and
 * cached with the graph version stamp (Gateway.version), like the betweenness scores: an answer
 * is reused until a write through this gateway moves the stamp, or for at most MAX_AGE_MS (writes
 * by other processes, which the stamp does not count). Equal questions asked at once share one
 * computation. Unlike betweenness, a stale answer is never served: a community list is read as
 * the partition of the graph as it is, and the computation is seconds at most (bench/results).
 */
import { LRUCache } from 'lru-cache';
import type { Gateway } from '../db/gateway.js';
import type { CommunitiesResult } from './communities.js';
import { communitiesOffThread } from './off-thread.js';

const MAX_AGE_MS = 15 * 60_000;
/** Distinct questions kept; each holds one partition of the actor graph. */
const MAX_QUESTIONS = 20;

export interface CommunitiesQuestion {
  kinds: string[];
  types: string[];
  resolution: number;
  seed: number;
}

interface Entry {
  version: number;
  result: Promise<CommunitiesResult>;
}

const caches = new WeakMap<Gateway, LRUCache<string, Entry>>();

/** The communities of the graph behind `db` for `question`, cached (see the module note). */
export function communitiesOf(
  db: Gateway,
  question: CommunitiesQuestion,
): Promise<CommunitiesResult> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ max: MAX_QUESTIONS, ttl: MAX_AGE_MS })));
  const key = JSON.stringify([
    [...question.kinds].sort(),
    [...question.types].sort(),
    question.resolution,
    question.seed,
  ]);
  const cached = cache.get(key);
  if (cached && cached.version === db.version) return cached.result;
  // Read before the edges: a write while they are read moves the stamp past this version.
  const version = db.version;
  const result = compute(db, question);
  const entry = { version, result };
  cache.set(key, entry);
  // A failed computation is not kept: the next request tries again.
  result.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return result;
}

async function compute(db: Gateway, { kinds, types, resolution, seed }: CommunitiesQuestion) {
  const rows = await db.read<{ from: string; to: string }>('stats/community-edges', {
    kinds,
    types,
  });
  return communitiesOffThread({
    from: rows.map((r) => r.from),
    to: rows.map((r) => r.to),
    resolution,
    seed,
  });
}
