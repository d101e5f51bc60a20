/** The canvas filters as arguments of `paths`/`shortestPath`, so a trace follows only links the user can see. */
import type { PathFilter } from '../api/paths.js';
import { NO_STATUS, type FilterState } from './filters.js';
import { ENTITY_KINDS } from './kinds.js';

/**
 * `relationTypes` is an allow-list in the API, so hidden types become "all known types but these";
 * the "unstated" pseudo-status has no API equivalent and is left to the canvas. Hidden kinds
 * become `viaKinds` (the kinds left), so a trace never runs through a node the canvas hides.
 */
export function pathFilterOf(filters: FilterState, knownTypes: string[]): PathFilter {
  const hiddenTypes = new Set(filters.hiddenTypes);
  const statuses = filters.hiddenStatuses.filter((s) => s !== NO_STATUS);
  return {
    relationTypes:
      hiddenTypes.size > 0 && knownTypes.length > 0
        ? knownTypes.filter((t) => !hiddenTypes.has(t))
        : null,
    excludeStatuses: statuses.length > 0 ? statuses : null,
    viaKinds:
      filters.hiddenKinds.length > 0
        ? ENTITY_KINDS.filter((k) => !filters.hiddenKinds.includes(k))
        : null,
    asOf: filters.asOf,
    between: filters.window ? { from: filters.window.from, to: filters.window.to } : null,
    includeUndated: filters.includeUndated,
  };
}
