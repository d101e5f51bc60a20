/** `me`: the name and role the request's token carries, both null for an anonymous caller. */
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const me: QueryResolvers['me'] = (_parent, _args, ctx) => ({
  name: ctx.caller?.name ?? null,
  role: ctx.caller?.role ?? null,
});
