/** `communities`: Louvain clusters of the actor graph (compute/communities.ts, cached off-thread). */
import { communitiesOf } from '../../../compute/communities-cache.js';
import { badInput } from '../../../errors/api-errors.js';
import { relationTypesArg } from '../../args.js';
import type { EntityKind, QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import { loadEntities } from '../../loaders.js';

/** The actor layer: who acts, not where or what happened. */
const ACTOR_KINDS: EntityKind[] = ['Group', 'Person', 'Organization', 'State'];
const RESOLUTION = { min: 0.01, max: 10 };

export const communities: QueryResolvers['communities'] = async (_parent, args, ctx) => {
  const resolution = args.resolution ?? 1;
  if (!(resolution >= RESOLUTION.min && resolution <= RESOLUTION.max))
    throw badInput(
      `resolution must be from ${RESOLUTION.min} to ${RESOLUTION.max}; got ${resolution}.`,
      ['resolution'],
    );
  const kinds = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)] : ACTOR_KINDS;
  const types = relationTypesArg(args.relationTypes);
  const result = await communitiesOf(ctx.db, {
    kinds,
    types,
    resolution,
    seed: args.seed ?? 1,
  });
  return {
    modularity: result.modularity,
    communities: result.communities.map((memberIds, i) => ({ id: String(i + 1), memberIds })),
  };
};

export const communityFieldResolvers: Resolvers = {
  DetectedCommunity: {
    members: (community, _args, ctx) => loadEntities(ctx.loaders, community.memberIds),
  },
};
