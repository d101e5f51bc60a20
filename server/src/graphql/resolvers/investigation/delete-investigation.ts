/** `deleteInvestigation(id)`: removes a saved view; NOT_FOUND when there is none. */
import { requireEditor } from '../../auth.js';
import { notFound } from '../../../errors/api-errors.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const deleteInvestigation: MutationResolvers['deleteInvestigation'] = async (
  _parent,
  { id },
  ctx,
) => {
  requireEditor(ctx.editor);
  const [row] = await ctx.db.write<{ deleted: number }>('investigation/delete', { id });
  if (!row?.deleted) throw notFound(`No investigation has the id "${id.slice(0, 200)}".`);
  return id;
};
