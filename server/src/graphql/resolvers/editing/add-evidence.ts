/** `addEvidence(relationId, evidence)`: more sources and quotes for an existing relation. */
import { requireEditor } from '../../auth.js';
import { notFound } from '../../../errors/api-errors.js';
import { checkArg } from '../../args.js';
import { evidenceCountProblem } from '../../../domain/evidence-rules.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import type { RelationRow } from '../../records.js';
import { relationEndpoints } from '../../../domain/ids.js';
import { checkEvidence } from './evidence-input.js';
import { lockEntities } from '../../../writes/lock-entities.js';
import { primeLoaders, readBackRelation } from './read-back.js';
import { verifyEvidence } from './verify-evidence.js';

export const addEvidence: MutationResolvers['addEvidence'] = async (
  _parent,
  { relationId, evidence },
  ctx,
) => {
  const editor = requireEditor(ctx.editor);
  checkArg(['evidence'], evidence, evidenceCountProblem);
  const { relation, endpoints } = await ctx.db.writeAll('addEvidence', async (tx) => {
    // Waits for a merge of either end: the merge would otherwise move a copy without this evidence.
    await lockEntities(tx, relationEndpoints(relationId));
    const existing = await tx.run<{ relation: RelationRow }>('relation/by-ids', {
      ids: [relationId],
    });
    if (existing.length === 0)
      throw notFound(`No relation has the id "${relationId.slice(0, 200)}".`);
    await checkEvidence(tx, evidence, ['evidence']);
    const verified = await verifyEvidence(tx, evidence, ['evidence']);
    await tx.run('edit/append-evidence', {
      relationId,
      sources: verified.map((e) => e.source),
      quotes: verified.map((e) => e.quote),
      offsets: verified.map((e) => e.offset ?? -1),
      credibility: verified.map((e) => e.credibility ?? 0),
      editor,
      now: new Date().toISOString(),
    });
    return readBackRelation(tx, relationId);
  });
  primeLoaders(ctx, { relation, entities: endpoints });
  return relation;
};
