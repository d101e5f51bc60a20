/** Relation fields: endpoints through the entity loader, evidence from the stored pairs. */
import type { Resolvers } from '../generated/resolvers-types.js';
import { type EntityRow, evidenceOf } from '../records.js';
import type { Context } from '../../context.js';
import { loadEntities } from '../loaders.js';

async function endpoint(ctx: Context, id: string): Promise<EntityRow> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw new Error(`Relation endpoint ${id} is missing`);
  return entity;
}

export const relationFieldResolvers: Resolvers = {
  Relation: {
    from: (relation, _args, ctx) => endpoint(ctx, relation.from),
    to: (relation, _args, ctx) => endpoint(ctx, relation.to),
    evidence: (relation) => evidenceOf(relation),
    independentSources: async (relation, _args, ctx) => {
      // A near-copy corroborates nothing on its own: count each source's original once.
      const ids = [...new Set(relation.evidenceSources ?? [])];
      const sources = await loadEntities(ctx.loaders, ids);
      const originalOf = new Map(sources.map((s) => [s.id, s.duplicateOfId]));
      const originals = ids.map((id) => originalOf.get(id) || id);
      return new Set(originals).size;
    },
  },
};
