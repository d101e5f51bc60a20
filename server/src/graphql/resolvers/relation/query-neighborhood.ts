/**
 * `neighborhood(id, depth, …)`: breadth-first, one query per level, so each level's size is capped
 * before the next is expanded (a hub such as a country cannot blow up a depth-2 request).
 */
import { notFound } from '../../../errors/api-errors.js';
import { entityIdArg, intInRange, traceFilter } from '../../args.js';
import type { EntityKind, QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import { loadEntities } from '../../loaders.js';
import type { RelationRow, SubgraphRow } from '../../records.js';
import { type HubControl, hubControl } from '../path/hub-control.js';
import type { Context } from '../../context.js';

export const MAX_DEPTH = 3;
export const MAX_NODES = 1000;

export const neighborhood: QueryResolvers['neighborhood'] = async (_parent, args, ctx) => {
  const id = entityIdArg('id', args.id);
  const depth = intInRange('depth', args.depth, 1, 1, MAX_DEPTH);
  const first = intInRange('first', args.first, 200, 1, MAX_NODES);
  const filter = traceFilter(args);
  if (!(await ctx.loaders.entity.load(id))) throw notFound(`No entity has the id "${id}".`);
  const hubs = await hubControl(args, ctx, [id]);

  const nodes = new Set([id]);
  const relations = new Map<string, RelationRow>();
  let frontier = [id];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const rows = await ctx.db.read<{ relation: RelationRow }>('relation/incident', {
      ...filter,
      avoid: hubs.avoid,
      frontier,
      limit: first * 4,
    });
    if (rows.length === first * 4) truncated = true;
    const next: string[] = [];
    for (const { relation } of rows) {
      const fresh = [relation.from, relation.to].filter((n) => !nodes.has(n));
      if (nodes.size + fresh.length > first) {
        truncated = true;
        continue;
      }
      fresh.forEach((n) => nodes.add(n));
      next.push(...fresh);
      relations.set(relation.id, relation);
    }
    // The next level grows only from nodes the hub control lets a search pass through.
    frontier = level + 1 < depth ? await passable(next, hubs, ctx) : [];
  }
  return {
    nodeIds: [...nodes],
    relations: [...relations.values()],
    truncated,
  } satisfies SubgraphRow;
};

async function passable(ids: string[], hubs: HubControl, ctx: Context): Promise<string[]> {
  if (hubs.viaKinds === null && hubs.maxDegree === null) return ids;
  const rows = await loadEntities(ctx.loaders, ids);
  return rows
    .filter((e) => hubs.viaKinds === null || hubs.viaKinds.includes(e.kind as EntityKind))
    .filter((e) => hubs.maxDegree === null || e.degree <= hubs.maxDegree)
    .map((e) => e.id);
}

export const subgraphFieldResolvers: Resolvers = {
  Subgraph: {
    nodes: (subgraph, _args, ctx) => loadEntities(ctx.loaders, subgraph.nodeIds),
  },
};
