/** Relation fields: endpoints through the entity loader, evidence from the stored pairs. */
import type { Resolvers } from '../../generated/resolvers-types.js';
import { evidenceOf } from '../../records.js';
import { loadReferenced } from '../../loaders.js';
import { independentSources } from './independent-sources.js';

export const relationFieldResolvers: Resolvers = {
  Relation: {
    from: (relation, _args, ctx) => loadReferenced(ctx.loaders, relation.from),
    to: (relation, _args, ctx) => loadReferenced(ctx.loaders, relation.to),
    evidence: (relation) => evidenceOf(relation),
    independentSources: (relation, _args, ctx) => independentSources(relation, ctx.loaders),
  },
};
