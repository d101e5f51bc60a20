/** `addRelation(input)`: a typed link between existing entities, with at least one evidence. */
import { requireEditor } from '../../auth.js';
import { validityWindow } from '../../../domain/dates.js';
import { relationWrite } from '../../../domain/graph-write.js';
import {
  allowsEndpoints,
  isEntityKind,
  isRelationType,
  isStatus,
  RELATION_TYPES,
  STATUSES,
} from '../../../domain/vocabulary.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { entityIdArg } from '../../args.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import type { EntityRow, RelationRow } from '../../records.js';
import { checkEvidence } from './evidence-input.js';
import { lockEntities } from './lock-entities.js';
import { primeLoaders, readBackRelation } from './read-back.js';
import { verifyEvidence } from './verify-evidence.js';

export const addRelation: MutationResolvers['addRelation'] = async (_parent, { input }, ctx) => {
  const editor = requireEditor(ctx.editor);
  if (!isRelationType(input.type)) {
    throw badInput(
      `input.type "${input.type.slice(0, 40)}" is not a relationship type; known: ${Object.keys(RELATION_TYPES).join(', ')}.`,
      ['input', 'type'],
    );
  }
  const type = input.type;
  entityIdArg('input.from', input.from);
  entityIdArg('input.to', input.to);
  if (input.from === input.to)
    throw badInput(
      `input.from and input.to are both "${input.from}"; a relation links two entities.`,
      ['input', 'to'],
    );
  if (input.status && !isStatus(input.status)) {
    throw badInput(
      `input.status "${input.status.slice(0, 40)}" is not a status; use ${STATUSES.join(', ')}.`,
      ['input', 'status'],
    );
  }
  // Partial dates compare by the days they span: since 2021-12, until 2021 is a valid period.
  const { validFrom, validTo } = validityWindow(input.since, input.until);
  if (validFrom > validTo)
    throw badInput(`input.until (${input.until}) is before input.since (${input.since}).`, [
      'input',
      'until',
    ]);
  if (input.evidence.length === 0)
    throw badInput('input.evidence needs at least one source and quote.', ['input', 'evidence']);
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
    if (
      !isEntityKind(fromKind) ||
      !isEntityKind(toKind) ||
      !allowsEndpoints(type, fromKind, toKind)
    ) {
      const rule = RELATION_TYPES[type];
      throw badInput(
        `${type} links ${rule.from.join('/')} to ${rule.to.join('/')}, not a ${fromKind} to a ${toKind}.`,
        ['input', 'type'],
      );
    }
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
