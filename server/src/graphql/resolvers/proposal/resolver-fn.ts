/** The function of a resolver, which the generated types allow to be given as `{ resolve }`. */
import type { ResolverFn, ResolverWithResolve } from '../../generated/resolvers-types.js';

export function resolverFn<R, P, C, A>(
  resolver: ResolverFn<R, P, C, A> | ResolverWithResolve<R, P, C, A> | undefined,
): ResolverFn<R, P, C, A> {
  if (!resolver) throw new Error('The resolver is missing.');
  return typeof resolver === 'function' ? resolver : resolver.resolve;
}
