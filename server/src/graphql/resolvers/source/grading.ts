/**
 * `gradeSource` and `gradeEvidence`: the Admiralty grades of a source (reliability A–F) and of a
 * piece of evidence (credibility 1–6), editable by editors (docs/data-model.md, "Grades").
 */
import { requireEditor } from '../../auth.js';
import { credibilityProblem, reliabilityProblem } from '../../../domain/grades.js';
import { relationEndpoints } from '../../../domain/ids.js';
import { notFound } from '../../../errors/api-errors.js';
import { checkArg, entityIdArg } from '../../args.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { type EntityRow, evidenceOf } from '../../records.js';
import { lockEntities } from '../../../writes/lock-entities.js';
import { primeLoaders, readBackEntity } from '../editing/read-back.js';

export const gradeSource: MutationResolvers['gradeSource'] = async (
  _parent,
  { id, reliability },
  ctx,
) => {
  const editor = requireEditor(ctx.editor);
  entityIdArg('id', id);
  if (reliability !== null && reliability !== undefined)
    checkArg(['reliability'], reliability, reliabilityProblem);
  const source = await ctx.db.writeAll('gradeSource', async (tx): Promise<EntityRow> => {
    // Evidence citing the source is written under its lock too (editing/evidence-input.ts), so a
    // concurrent addEvidence either is seen by the scan or reads the new grade.
    await lockEntities(tx, [id]);
    const rows = await tx.run('source/grade-source', {
      id,
      reliability: reliability ?? null,
      editor,
      now: new Date().toISOString(),
    });
    if (rows.length === 0) throw notFound(`No source has the id "${id}".`);
    return readBackEntity(tx, id);
  });
  primeLoaders(ctx, { entities: [source] });
  return source;
};

export const gradeEvidence: MutationResolvers['gradeEvidence'] = async (
  _parent,
  { id, source, quote, credibility },
  ctx,
) => {
  const editor = requireEditor(ctx.editor);
  if (credibility !== null && credibility !== undefined)
    checkArg(['credibility'], credibility, credibilityProblem);
  const isRelation = id.includes('~');
  if (!isRelation) entityIdArg('id', id);
  entityIdArg('source', source);
  const owner = await ctx.db.writeAll('gradeEvidence', async (tx) => {
    await lockEntities(tx, isRelation ? relationEndpoints(id) : [id]);
    const [row] = await tx.run<{ owner: Parameters<typeof evidenceOf>[0] }>('edit/grade-evidence', {
      id,
      source,
      quote,
      credibility: credibility ?? 0,
      editor,
      now: new Date().toISOString(),
    });
    return row?.owner;
  });
  const graded = owner && evidenceOf(owner).find((e) => e.sourceId === source && e.quote === quote);
  if (!graded)
    throw notFound(
      `No evidence of "${id.slice(0, 200)}" quotes "${quote.slice(0, 120)}" from "${source}".`,
    );
  // The relation or entity changed: later lookups in this request must not see the old grade.
  ctx.loaders.relation.clear(id);
  ctx.loaders.entity.clear(id);
  return graded;
};
