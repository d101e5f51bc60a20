/** `deleteRelation(id)`: removes one relation; NOT_FOUND when it does not exist. */
import { requireEditor } from '../../auth.js';
import { notFound } from '../../errors.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { invalidateRanking } from '../stats/query-stats.js';

export const deleteRelation: MutationResolvers['deleteRelation'] = async (_parent, { id }, ctx) => {
  requireEditor(ctx.editor);
  const [row] = await ctx.db.write<{ deleted: number }>('edit/delete-relation', { id });
  if (!row?.deleted) throw notFound(`No relation has the id "${id.slice(0, 200)}".`);
  invalidateRanking();
  return id;
};
