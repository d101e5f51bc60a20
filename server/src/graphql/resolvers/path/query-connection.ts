/**
 * `connection(a, b)`: how two entities are connected, in one answer — direct links, common
 * neighbours, shared attacks and places (one query), and the strongest chains (as `paths`,
 * searched only when the field is asked for).
 */
import { badInput, notFound } from '../../../errors/api-errors.js';
import { entityIdArg, intInRange, relationTypesArg } from '../../args.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import { loadEntities } from '../../loaders.js';
import type { CommonNeighborRow, ConnectionRow, RelationRow } from '../../records.js';
import { findPaths, MAX_HOPS, MAX_PATHS } from './query-paths.js';

/** At most this many of each list part (direct links, neighbours, attacks, places). */
const MAX_PART = 100;

interface PartsRow {
  direct: RelationRow[];
  sharedAttackIds: string[];
  sharedPlaceIds: string[];
}

export const connection: QueryResolvers['connection'] = async (_parent, args, ctx) => {
  const a = entityIdArg('a', args.a);
  const b = entityIdArg('b', args.b);
  if (a === b) throw badInput('a and b must be two different entities.', ['b']);
  const maxHops = intInRange('maxHops', args.maxHops, 4, 1, MAX_HOPS);
  const first = intInRange('first', args.first, 5, 1, MAX_PATHS);
  const [entityA, entityB] = await Promise.all([
    ctx.loaders.entity.load(a),
    ctx.loaders.entity.load(b),
  ]);
  if (!entityA) throw notFound(`No entity has the id "${a}".`);
  if (!entityB) throw notFound(`No entity has the id "${b}".`);
  const types = relationTypesArg(null);
  const [parts, commonNeighbors] = await Promise.all([
    ctx.db.read<PartsRow>('path/connection-parts', { a, b, types, limit: MAX_PART }),
    ctx.db.read<CommonNeighborRow>('relation/common-neighbors', { a, b, types, first: MAX_PART }),
  ]);
  const [{ direct, sharedAttackIds, sharedPlaceIds }] = parts as [PartsRow];
  return {
    direct,
    commonNeighbors,
    sharedAttackIds,
    sharedPlaceIds,
    ...{ a, b, maxHops, first },
  } satisfies ConnectionRow;
};

export const connectionFieldResolvers: Resolvers = {
  Connection: {
    sharedAttacks: (row, _args, ctx) => loadEntities(ctx.loaders, row.sharedAttackIds),
    sharedPlaces: (row, _args, ctx) => loadEntities(ctx.loaders, row.sharedPlaceIds),
    paths: ({ a, b, maxHops, first }, _args, ctx) =>
      findPaths({ from: a, to: b, maxHops, first, orderBy: 'STRONGEST' }, ctx),
  },
};
