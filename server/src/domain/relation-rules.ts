/**
 * The rules every relation obeys, whichever way it enters the graph: the seed files
 * (seed/seed-format.ts, seed/check-seeds.ts), the editing mutations
 * (graphql/resolvers/editing/add-relation.ts) and the importers. Each returns why a value may not
 * be stored, phrased to follow the field's name, or undefined when it may.
 */
import { validityWindow } from './dates.js';
import {
  allowsEndpoints,
  isEntityKind,
  isRelationType,
  isStatus,
  RELATION_TYPES,
  STATUSES,
} from './vocabulary.js';

export function relationTypeProblem(type: string): string | undefined {
  return isRelationType(type)
    ? undefined
    : `is not in the vocabulary; known: ${Object.keys(RELATION_TYPES).join(', ')}`;
}

export function statusProblem(status: string): string | undefined {
  return isStatus(status) ? undefined : `is not a status; use ${STATUSES.join(', ')}`;
}

/** Whether `type` may link a `from` to a `to`: "LEADER_OF links Person to Group/State, not …". */
export function endpointsProblem(type: string, from: string, to: string): string | undefined {
  if (!isRelationType(type)) return relationTypeProblem(type);
  if (isEntityKind(from) && isEntityKind(to) && allowsEndpoints(type, from, to)) return undefined;
  const rule = RELATION_TYPES[type];
  return `${type} links ${rule.from.join('/')} to ${rule.to.join('/')}, not a ${from} to a ${to}`;
}

/** A relation links two entities, never one to itself. */
export function selfLinkProblem(from: string, to: string): string | undefined {
  return from === to ? `is "${from}" as well as from; a relation links two entities` : undefined;
}

/**
 * Partial dates compare by the days they span, so `since` 2021-12 `until` 2021 is a valid period
 * (December 2021), while `since` 2021-06-15 `until` 2021-06-01 is not. Phrased for `until`.
 */
export function periodProblem(
  since: string | null | undefined,
  until: string | null | undefined,
): string | undefined {
  const { validFrom, validTo } = validityWindow(since, until);
  return validFrom > validTo ? `is before since (${since})` : undefined;
}
