/** `deleteRelation(id)`: removes one relation; NOT_FOUND when it does not exist. */
import { requireEditor } from '../../auth.js';
import { relationEndpoints } from '../../../domain/ids.js';
import { notFound } from '../../../errors/api-errors.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { lockEntities } from '../../../writes/lock-entities.js';

export const deleteRelation: MutationResolvers['deleteRelation'] = async (_parent, { id }, ctx) => {
  requireEditor(ctx.editor);
  const deleted = await ctx.db.writeAll('deleteRelation', async (tx) => {
    // Waits for a merge of either end, so the merge cannot move the link after it is deleted.
    await lockEntities(tx, relationEndpoints(id));
    const [row] = await tx.run<{ deleted: number }>('edit/delete-relation', { id });
    return row?.deleted ?? 0;
  });
  if (!deleted) throw notFound(`No relation has the id "${id.slice(0, 200)}".`);
  return id;
};
