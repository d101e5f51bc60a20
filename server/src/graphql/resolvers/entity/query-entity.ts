/** `entity(id)`: one entity, or null when no entity has that id. */
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const entity: QueryResolvers['entity'] = (_parent, { id }, ctx) =>
  ctx.loaders.entity.load(id);
