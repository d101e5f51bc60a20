/**
 * `mergePreview(keepId, mergeId)`: what mergeEntities would do, read only — the links that move
 * (cypher/entity/merge-preview), the aliases and evidence gained, the fields that differ. The same
 * bad inputs as mergeEntities fail alike: one id twice, an unknown id, two kinds.
 */
import { badInput, notFound } from '../../../errors/api-errors.js';
import { entityIdArg } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { loadEntities } from '../../loaders.js';
import { evidenceOf } from '../../records.js';
import { aliasesGained, mergeConflicts } from './merge-conflicts.js';

/** Other ends shown per group of links. */
const SAMPLE = 10;

interface PreviewRow {
  groups: {
    type: string;
    direction: string;
    between: boolean;
    count: number;
    combined: number;
    others: string[];
  }[];
  keepState: string | null;
  mergeState: string | null;
}

export const mergePreview: QueryResolvers['mergePreview'] = async (_parent, args, ctx) => {
  const keepId = entityIdArg('keepId', args.keepId);
  const mergeId = entityIdArg('mergeId', args.mergeId);
  if (keepId === mergeId)
    throw badInput('keepId and mergeId must be two different entities.', ['mergeId']);
  const [keep, merge] = await Promise.all([
    ctx.loaders.entity.load(keepId),
    ctx.loaders.entity.load(mergeId),
  ]);
  if (!keep) throw notFound(`keepId: no entity has the id "${keepId}".`);
  if (!merge) throw notFound(`mergeId: no entity has the id "${mergeId}".`);
  if (keep.kind !== merge.kind)
    throw badInput(
      `Only entities of one kind merge: "${keepId}" is a ${keep.kind}, "${mergeId}" a ${merge.kind}.`,
      ['mergeId'],
    );
  const [row] = await ctx.db.read<PreviewRow>('entity/merge-preview', {
    keepId,
    mergeId,
    sample: SAMPLE,
  });
  if (!row) throw notFound(`"${keepId}" or "${mergeId}" was just removed by a concurrent edit.`);
  const moving = row.groups.filter((g) => !g.between);
  return {
    keep,
    merge,
    aliasesGained: aliasesGained(keep, merge),
    relations: await Promise.all(
      moving.map(async (g) => ({ ...g, others: await loadEntities(ctx.loaders, g.others) })),
    ),
    linksBetween: row.groups.filter((g) => g.between).reduce((sum, g) => sum + g.count, 0),
    evidenceCount: evidenceOf(merge).length,
    conflicts: mergeConflicts(keep, merge, { keep: row.keepState, merge: row.mergeState }),
  };
};
