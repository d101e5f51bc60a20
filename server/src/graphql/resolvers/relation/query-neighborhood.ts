/**
 * `neighborhood(id, depth, …)`: breadth-first, one query per level, so each level's size is capped
 * before the next is expanded (a hub such as a country cannot blow up a depth-2 request).
 */
import { notFound } from '../../../errors/api-errors.js';
import { entityIdArg, intInRange, traceFilter } from '../../args.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import { loadEntities } from '../../loaders.js';
import type { RelationRow, SubgraphRow } from '../../records.js';

export const MAX_DEPTH = 3;
export const MAX_NODES = 1000;

export const neighborhood: QueryResolvers['neighborhood'] = async (_parent, args, ctx) => {
  const id = entityIdArg('id', args.id);
  const depth = intInRange('depth', args.depth, 1, 1, MAX_DEPTH);
  const first = intInRange('first', args.first, 200, 1, MAX_NODES);
  const filter = traceFilter(args);
  if (!(await ctx.loaders.entity.load(id))) throw notFound(`No entity has the id "${id}".`);

  const nodes = new Set([id]);
  const relations = new Map<string, RelationRow>();
  let frontier = [id];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const rows = await ctx.db.read<{ relation: RelationRow }>('relation/incident', {
      ...filter,
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
    frontier = next;
  }
  return {
    nodeIds: [...nodes],
    relations: [...relations.values()],
    truncated,
  } satisfies SubgraphRow;
};

export const subgraphFieldResolvers: Resolvers = {
  Subgraph: {
    nodes: (subgraph, _args, ctx) => loadEntities(ctx.loaders, subgraph.nodeIds),
  },
};
