/** `search(text, kinds, first)`: names and aliases, best match first; any text is safe. */
import { buildSearchQuery, MAX_SEARCH_LENGTH, searchParams } from '../../../domain/search-query.js';
import { badInput } from '../../../errors/api-errors.js';
import { intInRange } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import type { EntityRow } from '../../records.js';

export const search: QueryResolvers['search'] = async (_parent, { text, kinds, first }, ctx) => {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badInput(
      `text is ${text.length} characters long; search takes at most ${MAX_SEARCH_LENGTH}.`,
      ['text'],
    );
  }
  const limit = intInRange('first', first, 10, 1, 100);
  const query = buildSearchQuery(text);
  if (query === undefined) return [];
  const rows = await ctx.db.read<{ entity: EntityRow }>('entity/search', {
    ...searchParams(text, query),
    kinds: kinds ?? [],
    first: limit,
    candidates: limit * 5,
  });
  // The rows are whole entities: later lookups of them in this request need no round trip.
  return rows.map(({ entity }) => {
    ctx.loaders.entity.prime(entity.id, entity);
    return entity;
  });
};
