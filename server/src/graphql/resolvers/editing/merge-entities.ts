/**
 * `mergeEntities(keepId, mergeId)`: two records of one actor become one. Aliases, evidence and every
 * relationship of `mergeId` move to `keepId` (evidence of links both had is combined), then
 * `mergeId` is deleted — all in one transaction. Links between the two themselves are dropped:
 * they would be self-loops.
 */
import { requireEditor } from '../../auth.js';
import { badInput } from '../../../errors/api-errors.js';
import { entityIdArg } from '../../args.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { mergeRecords } from '../../../writes/merge-records.js';
import { primeLoaders, readBackEntity } from './read-back.js';

export const mergeEntities: MutationResolvers['mergeEntities'] = async (_parent, args, ctx) => {
  const editor = requireEditor(ctx.editor);
  const keepId = entityIdArg('keepId', args.keepId);
  const mergeId = entityIdArg('mergeId', args.mergeId);
  if (keepId === mergeId)
    throw badInput('keepId and mergeId must be two different entities.', ['mergeId']);
  const now = new Date().toISOString();

  const kept = await ctx.db.writeAll('mergeEntities', async (tx) => {
    await mergeRecords(tx, keepId, mergeId, editor, now);
    return readBackEntity(tx, keepId);
  });
  ctx.loaders.entity.clear(mergeId);
  primeLoaders(ctx, { entities: [kept] });
  return kept;
};
