/**
 * `shortestPath` and `paths`: chains of evidence-carrying links between two entities, both ways
 * along each link, through the same filter as neighborhood (types, statuses, time window).
 */
import { badInput, notFound } from '../../../errors/api-errors.js';
import type { Context } from '../../context.js';
import { entityIdArg, intInRange, type TraceArgs, traceFilter } from '../../args.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import { loadEntities } from '../../loaders.js';
import type { PathRow } from '../../records.js';

/** Hard caps; the Cypher has one search per bound on hops (`{1,1}` … `{1,6}`). */
export const MAX_HOPS = 6;
export const MAX_PATHS = 10;

interface PathArgs extends TraceArgs {
  from: string;
  to: string;
  maxHops?: number | null;
}

async function pathParams(args: PathArgs, ctx: Context, defaultHops: number) {
  const from = entityIdArg('from', args.from);
  const to = entityIdArg('to', args.to);
  if (from === to) throw badInput('from and to must be two different entities.', ['to']);
  const maxHops = intInRange('maxHops', args.maxHops, defaultHops, 1, MAX_HOPS);
  const filter = traceFilter(args);
  const [a, b] = await Promise.all([ctx.loaders.entity.load(from), ctx.loaders.entity.load(to)]);
  if (!a) throw notFound(`No entity has the id "${from}".`);
  if (!b) throw notFound(`No entity has the id "${to}".`);
  return { from, to, maxHops, ...filter };
}

export const shortestPath: QueryResolvers['shortestPath'] = async (_parent, args, ctx) => {
  const [path] = await ctx.db.read<PathRow>(
    'path/shortest-between',
    await pathParams(args, ctx, MAX_HOPS),
  );
  return path ?? null;
};

export const paths: QueryResolvers['paths'] = async (_parent, args, ctx) => {
  const params = await pathParams(args, ctx, 4);
  const first = intInRange('first', args.first, 5, 1, MAX_PATHS);
  return ctx.db.read<PathRow>('path/k-shortest-between', { ...params, first });
};

export const pathFieldResolvers: Resolvers = {
  Path: {
    length: (path) => path.relations.length,
    nodes: (path, _args, ctx) => loadEntities(ctx.loaders, path.nodeIds),
  },
};
