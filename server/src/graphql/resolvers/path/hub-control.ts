/**
 * The hub control of shortestPath, paths and neighborhood (`avoid`, `viaKinds`, `maxDegree`),
 * checked and turned into the parameters of cypher/path/_passes-node.cypher.
 */
import { badInput } from '../../../errors/api-errors.js';
import { entityIdProblem } from '../../../domain/ids.js';
import { checkArg } from '../../args.js';
import type { Context } from '../../context.js';
import type { EntityKind } from '../../generated/resolvers-types.js';

export interface HubControlArgs {
  avoid?: readonly string[] | null;
  viaKinds?: readonly EntityKind[] | null;
  maxDegree?: number | null;
}

export interface HubControl {
  avoid: string[];
  viaKinds: EntityKind[] | null;
  maxDegree: number | null;
}

/**
 * Checks the arguments: every avoided id well-formed and in the graph (an unknown one is reported,
 * not ignored: a typo would otherwise let the trace through the hub it meant to avoid), maxDegree
 * at least 1. `ends` (the trace's own ends) may not be avoided.
 */
export async function hubControl(
  args: HubControlArgs,
  ctx: Context,
  ends: readonly string[],
): Promise<HubControl> {
  const given = args.avoid ?? [];
  given.forEach((id, i) => checkArg(['avoid', i], id, entityIdProblem));
  const avoid = [...new Set(given)];
  const found = await Promise.all(avoid.map((id) => ctx.loaders.entity.load(id)));
  avoid.forEach((id, i) => {
    const index = given.indexOf(id);
    checkArg(['avoid', index], id, () => (found[i] ? undefined : 'is not the id of an entity'));
    checkArg(['avoid', index], id, () =>
      ends.includes(id) ? 'is an end of the search and cannot be avoided' : undefined,
    );
  });
  const maxDegree = args.maxDegree ?? null;
  if (maxDegree !== null && maxDegree < 1)
    throw badInput(`maxDegree must be at least 1; got ${maxDegree}.`, ['maxDegree']);
  return { avoid, viaKinds: args.viaKinds ? [...new Set(args.viaKinds)] : null, maxDegree };
}
