/** `counts`, `ranking` and `vocabulary`: what is in the graph and who is central in it. */
import { type BetweennessSnapshot, betweennessCache } from '../../../compute/betweenness-cache.js';
import type { Context } from '../../context.js';
import {
  ENTITY_KINDS,
  RELATION_TYPES,
  STATUSES,
  isEntityKind,
} from '../../../domain/vocabulary.js';
import { intInRange } from '../../args.js';
import type { EntityKind, QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import { loadEntities, loadReferenced } from '../../loaders.js';

/** One snapshot per request, so all its rows show the scores of one computation. */
const perRequest = new WeakMap<Context['loaders'], Promise<BetweennessSnapshot>>();

function betweennessScores(ctx: Context): Promise<BetweennessSnapshot> {
  let snapshot = perRequest.get(ctx.loaders);
  if (!snapshot) perRequest.set(ctx.loaders, (snapshot = betweennessCache(ctx.db).current()));
  return snapshot;
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
  const { ranked } = await betweennessScores(ctx);
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
    betweenness: async (row, _args, ctx) => (await betweennessScores(ctx)).scores.get(row.id) ?? 0,
    betweennessComputedAt: async (_row, _args, ctx) =>
      (await betweennessScores(ctx)).computedAt.toISOString(),
    betweennessAgeSeconds: async (_row, _args, ctx) =>
      (Date.now() - (await betweennessScores(ctx)).computedAt.getTime()) / 1000,
  },
};
