/**
 * `dismissDuplicateCandidate(id)`: a curator reviewed the pair and keeps both entities; the
 * candidate leaves `duplicateCandidates` (and a later import does not record it again). Dismissing
 * twice changes nothing; a candidate a merge settled meanwhile is NOT_FOUND.
 */
import { requireEditor } from '../../auth.js';
import { badInput, notFound } from '../../../errors/api-errors.js';
import { entityIdProblem } from '../../../domain/ids.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { lockEntities } from '../../../writes/lock-entities.js';

/** The two entity ids of a candidate id "<first>|<second>", or BAD_USER_INPUT. */
function pairOf(id: string): [string, string] {
  const parts = id.split('|');
  if (parts.length !== 2 || parts.some((part) => entityIdProblem(part) !== undefined))
    throw badInput(
      `id ${JSON.stringify(id.slice(0, 200))} is not a duplicate candidate id ("<id>|<id>").`,
      ['id'],
    );
  return parts as [string, string];
}

export const dismissDuplicateCandidate: MutationResolvers['dismissDuplicateCandidate'] = async (
  _parent,
  { id },
  ctx,
) => {
  const editor = requireEditor(ctx.editor);
  const pair = pairOf(id);
  const now = new Date().toISOString();
  const dismissed = await ctx.db.writeAll('dismissDuplicateCandidate', async (tx) => {
    // A merge of the two locks them too and settles their candidates: one waits for the other.
    await lockEntities(tx, pair);
    return tx.run<{ id: string }>('import/dismiss-candidate', { id, editor, now });
  });
  if (dismissed.length === 0)
    throw notFound(`No duplicate candidate has the id "${id.slice(0, 200)}".`);
  return id;
};
