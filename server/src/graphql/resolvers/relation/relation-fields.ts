/** Relation fields: endpoints through the entity loader, evidence from the stored pairs. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { evidenceOf } from '../../records.js';
import { loadEntities, loadReferenced } from '../../loaders.js';

export const relationFieldResolvers: Resolvers = {
  Relation: {
    from: (relation, _args, ctx) => loadReferenced(ctx.loaders, relation.from),
    to: (relation, _args, ctx) => loadReferenced(ctx.loaders, relation.to),
    evidence: (relation) => evidenceOf(relation),
    independentSources: async (relation, _args, ctx) => {
      // A near-copy corroborates nothing on its own: count each source's original once.
      const ids = [...new Set(relation.evidenceSources ?? [])];
      const sources = await loadEntities(ctx.loaders, ids);
      const originalOf = new Map(sources.map((s) => [s.id, s.duplicateOf?.[0]?.id]));
      const originals = ids.map((id) => originalOf.get(id) || id);
      return new Set(originals).size;
    },
  },
};
