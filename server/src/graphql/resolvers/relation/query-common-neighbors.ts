/** `commonNeighbors(a, b)`: entities linked directly to both, with the links on each side. */
import { badInput, notFound } from '../../../errors/api-errors.js';
import { entityIdArg, relationTypesArg } from '../../args.js';
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import { loadReferenced } from '../../loaders.js';
import type { CommonNeighborRow } from '../../records.js';

export const commonNeighbors: QueryResolvers['commonNeighbors'] = async (_parent, args, ctx) => {
  const a = entityIdArg('a', args.a);
  const b = entityIdArg('b', args.b);
  if (a === b) throw badInput('a and b must be two different entities.', ['b']);
  const [entityA, entityB] = await Promise.all([
    ctx.loaders.entity.load(a),
    ctx.loaders.entity.load(b),
  ]);
  if (!entityA) throw notFound(`No entity has the id "${a}".`);
  if (!entityB) throw notFound(`No entity has the id "${b}".`);
  return ctx.db.read<CommonNeighborRow>('relation/common-neighbors', {
    a,
    b,
    types: relationTypesArg(args.relationTypes),
    first: 100,
  });
};

export const commonNeighborFieldResolvers: Resolvers = {
  CommonNeighbor: {
    node: (row, _args, ctx) => loadReferenced(ctx.loaders, row.nodeId),
  },
};
