/** Fields every entity type shares, and the few that need more than the stored property. */
import { ENTITY_KINDS } from '../../../domain/vocabulary.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { type EntityRow, evidenceOf, locationOf } from '../../records.js';

const shared = {
  aliases: (entity: EntityRow) => entity.aliases ?? [],
  evidence: (entity: EntityRow) => evidenceOf(entity),
};

export const entityFieldResolvers: Resolvers = {
  Entity: {
    __resolveType: (entity) => entity.kind as (typeof ENTITY_KINDS)[number],
  },
  Group: shared,
  Person: shared,
  State: shared,
  Organization: shared,
  Community: shared,
  // Attack's own fields are in attack/attack-fields.ts; resolver maps are merged.
  Attack: shared,
  Place: {
    ...shared,
    within: (place, _args, ctx) =>
      place.withinId ? ctx.loaders.entity.load(place.withinId) : null,
    location: locationOf,
  },
  Source: {
    ...shared,
    title: (source) => source.title ?? source.name,
    dateApprox: (source) => source.dateApprox ?? false,
    // Text and near-copy fields are in source/source-fields.ts; resolver maps are merged.
  },
  Evidence: {
    source: async (evidence, _args, ctx) => {
      const source = await ctx.loaders.entity.load(evidence.sourceId);
      if (!source) throw new Error(`Evidence cites missing source ${evidence.sourceId}`);
      return source;
    },
  },
};
