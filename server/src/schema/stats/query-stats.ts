/** `counts`, `ranking` and `vocabulary`: what is in the graph and who is central in it. */
import { betweenness } from '../../domain/betweenness.js';
import {
  DOMAIN_RELATION_TYPES,
  ENTITY_KINDS,
  RELATION_TYPES,
  STATUSES,
  isEntityKind,
} from '../../domain/vocabulary.js';
import type { Gateway } from '../../db/gateway.js';
import { intInRange } from '../args.js';
import type { EntityKind, QueryResolvers, Resolvers } from '../generated/resolvers-types.js';
import { loadEntities, loadReferenced } from '../loaders.js';

/** Betweenness is recomputed at most this often (and after every edit in this process). */
const BETWEENNESS_TTL_MS = 60_000;
/** Above this many nodes, betweenness is estimated from this many pivots. */
const BETWEENNESS_PIVOTS = 256;

let cached: { at: number; scores: Promise<Map<string, number>> } | undefined;

export function invalidateRanking(): void {
  cached = undefined;
}

function betweennessScores(db: Gateway): Promise<Map<string, number>> {
  if (!cached || Date.now() - cached.at > BETWEENNESS_TTL_MS) {
    const scores = db
      .read<{ from: string; to: string }>('stats/domain-edges', { types: DOMAIN_RELATION_TYPES })
      .then((rows) =>
        betweenness(
          rows.map((r) => [r.from, r.to] as const),
          BETWEENNESS_PIVOTS,
        ),
      );
    scores.catch(() => invalidateRanking());
    cached = { at: Date.now(), scores };
  }
  return cached.scores;
}

export const counts: QueryResolvers['counts'] = async (_parent, _args, ctx) => {
  const [row] = await ctx.db.read<{
    labels: { label: string; count: number }[];
    types: { type: string; count: number }[];
  }>('stats/graph-counts');
  const byLabel = new Map((row?.labels ?? []).map((l) => [l.label, l.count]));
  return {
    kinds: ENTITY_KINDS.map((kind) => ({ kind, count: byLabel.get(kind) ?? 0 })),
    relationTypes: (row?.types ?? []).sort(
      (a, b) => b.count - a.count || a.type.localeCompare(b.type),
    ),
  };
};

export const ranking: QueryResolvers['ranking'] = async (_parent, args, ctx) => {
  const first = intInRange('first', args.first, 20, 1, 200);
  const kinds: EntityKind[] = args.kinds ?? [];
  if (args.by !== 'BETWEENNESS') {
    return ctx.db.read<{ id: string; degree: number }>('stats/degree-ranking', { kinds, first });
  }
  const scores = await betweennessScores(ctx.db);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const entities = await loadEntities(ctx.loaders, ranked.slice(0, first * 20));
  return entities
    .filter((e) => kinds.length === 0 || kinds.includes(e.kind as EntityKind))
    .slice(0, first)
    .map((e) => ({ id: e.id, degree: e.degree }));
};

export const vocabulary: QueryResolvers['vocabulary'] = () => ({
  kinds: [...ENTITY_KINDS],
  relationTypes: Object.entries(RELATION_TYPES).map(([type, rule]) => ({
    type,
    from: rule.from.filter(isEntityKind),
    to: rule.to.filter(isEntityKind),
    meaning: rule.meaning,
  })),
  statuses: [...STATUSES],
});

export const rankedEntityResolvers: Resolvers = {
  RankedEntity: {
    entity: (row, _args, ctx) => loadReferenced(ctx.loaders, row.id),
    betweenness: async (row, _args, ctx) => (await betweennessScores(ctx.db)).get(row.id) ?? 0,
  },
};
