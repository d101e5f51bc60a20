/**
 * `shortestPath` and `paths`: chains of evidence-carrying links between two entities, both ways
 * along each link, through the same filter as neighborhood (types, statuses, time window) and the
 * hub control (avoid, viaKinds, maxDegree), each node sequence once with its parallel links.
 */
import { badInput, notFound } from '../../../errors/api-errors.js';
import type { PathOrder } from '../../../domain/path-strength.js';
import type { Context } from '../../context.js';
import { entityIdArg, intInRange, type TraceArgs, traceFilter } from '../../args.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import { loadEntities, loadReferenced } from '../../loaders.js';
import type { PathCandidateRow } from '../../records.js';
import { hubControl, type HubControlArgs } from './hub-control.js';
import { rankPaths } from './rank-paths.js';

/** Hard caps; there is one search per bound on hops (cypher/path/k-shortest-within-1 … -6). */
export const MAX_HOPS = 6;
export const MAX_PATHS = 10;

interface PathArgs extends TraceArgs, HubControlArgs {
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
  return { from, to, maxHops, ...filter, ...(await hubControl(args, ctx, [from, to])) };
}

export const shortestPath: QueryResolvers['shortestPath'] = async (_parent, args, ctx) => {
  const rows = await ctx.db.read<PathCandidateRow>(
    'path/shortest-between',
    await pathParams(args, ctx, MAX_HOPS),
  );
  const [path] = await rankPaths(rows, 'SHORTEST', ctx.loaders);
  return path ?? null;
};

/** Up to `first` chains in the order asked for; `connection` uses it for its strongest paths. */
export async function findPaths(
  args: PathArgs & { first?: number | null; orderBy?: PathOrder | null },
  ctx: Context,
) {
  const params = await pathParams(args, ctx, 4);
  const first = intInRange('first', args.first, 5, 1, MAX_PATHS);
  // One query per bound on hops (see the files); maxHops is a checked integer from 1 to 6.
  const rows = await ctx.db.read<PathCandidateRow>(
    `path/k-shortest-within-${params.maxHops}`,
    params,
  );
  const ranked = await rankPaths(rows, args.orderBy ?? 'SHORTEST', ctx.loaders);
  return ranked.slice(0, first);
}

export const paths: QueryResolvers['paths'] = (_parent, args, ctx) => findPaths(args, ctx);

export const pathFieldResolvers: Resolvers = {
  Path: {
    length: (path) => path.hops.length,
    nodes: (path, _args, ctx) => loadEntities(ctx.loaders, path.nodeIds),
    relations: (path) => path.hops.map((hop) => hop.relations[0]!),
    allRelations: (path) => path.hops.flatMap((hop) => hop.relations),
  },
  PathHop: {
    from: (hop, _args, ctx) => loadReferenced(ctx.loaders, hop.from),
    to: (hop, _args, ctx) => loadReferenced(ctx.loaders, hop.to),
  },
};
