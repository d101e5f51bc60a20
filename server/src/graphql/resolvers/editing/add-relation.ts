/** `addRelation(input)`: a typed link between existing entities, with at least one evidence. */
import { requireEditor } from '../../auth.js';
import { evidenceCountProblem } from '../../../domain/evidence-rules.js';
import { relationWrite } from '../../../domain/graph-write.js';
import {
  endpointsProblem,
  periodProblem,
  relationTypeProblem,
  selfLinkProblem,
  statusProblem,
} from '../../../domain/relation-rules.js';
import { conflict, notFound } from '../../../errors/api-errors.js';
import { checkArg, entityIdArg } from '../../args.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import type { EntityRow, RelationRow } from '../../records.js';
import { checkEvidence } from './evidence-input.js';
import { lockEntities } from '../../../writes/lock-entities.js';
import { primeLoaders, readBackRelation } from './read-back.js';
import { verifyEvidence } from './verify-evidence.js';

/** The checks the seed files get too (seed/check-seeds.ts), from the same domain rules. */
export const addRelation: MutationResolvers['addRelation'] = async (_parent, { input }, ctx) => {
  const editor = requireEditor(ctx.editor);
  checkArg(['input', 'type'], input.type, relationTypeProblem);
  entityIdArg('input.from', input.from);
  entityIdArg('input.to', input.to);
  checkArg(['input', 'to'], input.to, (to) => selfLinkProblem(input.from, to));
  if (input.status !== null && input.status !== undefined)
    checkArg(['input', 'status'], input.status, statusProblem);
  checkArg(['input', 'until'], input.until, (until) => periodProblem(input.since, until));
  checkArg(['input', 'evidence'], input.evidence, evidenceCountProblem);
  const write = relationWrite(input);

  const { relation, endpoints } = await ctx.db.writeAll('addRelation', async (tx) => {
    // Waits for a merge of either end, which would otherwise delete the new link with its entity.
    await lockEntities(tx, [input.from, input.to]);
    const rows = await tx.run<{ entity: EntityRow }>('entity/by-ids', {
      ids: [input.from, input.to],
    });
    const kindOf = new Map(rows.map(({ entity }) => [entity.id, entity.kind]));
    const [fromKind, toKind] = [kindOf.get(input.from), kindOf.get(input.to)];
    if (!fromKind) throw notFound(`input.from: no entity has the id "${input.from}".`);
    if (!toKind) throw notFound(`input.to: no entity has the id "${input.to}".`);
    checkArg(['input', 'type'], input.type, (type) => endpointsProblem(type, fromKind, toKind));
    await checkEvidence(tx, input.evidence, ['input', 'evidence']);
    const evidence = await verifyEvidence(tx, input.evidence, ['input', 'evidence']);
    const existing = await tx.run<{ relation: RelationRow }>('relation/by-ids', {
      ids: [write.id],
    });
    if (existing.length > 0)
      throw conflict(
        `The relation "${write.id}" exists already; use addEvidence to support it further.`,
      );
    await tx.run('edit/upsert-relations', {
      relations: [relationWrite({ ...input, evidence })],
      editor,
      now: new Date().toISOString(),
    });
    return readBackRelation(tx, write.id);
  });
  primeLoaders(ctx, { relation, entities: endpoints });
  return relation;
};
