/**
 * `attacks(filter, first, after, orderBy)`: a Relay connection, newest first unless `orderBy` says
 * otherwise, paged by a keyset cursor (sort key, id) so a page never repeats or skips an attack
 * whatever the order. totalCount runs only when asked for.
 */
import { intInRange } from '../../args.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import type { AttackConnectionRow, EntityRow } from '../../records.js';
import { readAttackPage } from './attack-page.js';
import { attackFilterParams } from './attack-filter.js';
import { decodeCursor, encodeCursor, orderParams } from './attack-order.js';

export const MAX_PAGE = 100;

export const attacks: QueryResolvers['attacks'] = async (_parent, args, ctx) => {
  const first = intInRange('first', args.first, 20, 1, MAX_PAGE);
  const filter = attackFilterParams(args.filter);
  const order = orderParams(args.orderBy);
  const after = args.after != null ? decodeCursor(args.after, order) : null;
  const rows = await readAttackPage(ctx.db, { filter, order, after, limit: first + 1 });
  // The rows are whole entities: the edges' nodes need no further round trip.
  for (const { entity } of rows) ctx.loaders.entity.prime(entity.id, entity);
  return {
    edges: rows.slice(0, first).map(({ entity, key }) => ({
      id: entity.id,
      cursor: encodeCursor(order, { key, id: entity.id }),
    })),
    hasNextPage: rows.length > first,
    filter,
  } satisfies AttackConnectionRow;
};

export const attackConnectionResolvers: Resolvers = {
  AttackConnection: {
    pageInfo: (connection) => ({
      hasNextPage: connection.hasNextPage,
      endCursor: connection.edges.at(-1)?.cursor ?? null,
    }),
    totalCount: async (connection, _args, ctx) => {
      const [row] = await ctx.db.read<{ total: number }>('attack/count', connection.filter);
      return row?.total ?? 0;
    },
  },
  AttackEdge: {
    node: async (edge, _args, ctx) => (await ctx.loaders.entity.load(edge.id)) as EntityRow,
  },
};
