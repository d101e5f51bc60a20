/**
 * `attacks(filter, first, after)`: a Relay connection, newest first, paged by a keyset cursor
 * (date, id) so deep pages cost the same as the first. totalCount runs only when asked for.
 */
import { badInput } from '../../../errors/api-errors.js';
import { intInRange } from '../../args.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import type { AttackConnectionRow, EntityRow } from '../../records.js';
import { readAttackPage } from './attack-page.js';
import { attackFilterParams } from './attack-filter.js';

export const MAX_PAGE = 100;

const encodeCursor = (dateStart: string, id: string) =>
  Buffer.from(JSON.stringify([dateStart, id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return value as [string, string];
  } catch {
    // fall through to the error below
  }
  throw badInput(
    `after ${JSON.stringify(cursor.slice(0, 40))} is not a cursor returned by this API.`,
    ['after'],
  );
}

export const attacks: QueryResolvers['attacks'] = async (_parent, args, ctx) => {
  const first = intInRange('first', args.first, 20, 1, MAX_PAGE);
  const filter = attackFilterParams(args.filter);
  const [afterDate, afterId] = args.after != null ? decodeCursor(args.after) : [null, null];
  const rows = await readAttackPage(ctx.db, { filter, afterDate, afterId, limit: first + 1 });
  // The rows are whole entities: the edges' nodes need no further round trip.
  for (const { entity } of rows) ctx.loaders.entity.prime(entity.id, entity);
  return {
    edges: rows.slice(0, first).map(({ entity, dateStart }) => ({
      id: entity.id,
      cursor: encodeCursor(dateStart, entity.id),
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
