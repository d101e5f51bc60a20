/**
 * What the filters do to the elements in view. Kind, relationship type, status and "as of" hide
 * (they change what the view is about); the time window only fades, so the shape of the network
 * stays readable while the eye goes to the chosen period.
 */
import type { EntityKind } from '../api/types.js';
import {
  eventInterval,
  holdsAt,
  monthIndex,
  overlaps,
  relationInterval,
  windowMonths,
  type TimeWindow,
} from './time-window.js';

/** Pseudo-status for links whose source gives none, so they can be filtered like the others. */
export const NO_STATUS = 'unstated';

/** The filter settings; everything empty means "show all". */
export interface FilterState {
  hiddenKinds: EntityKind[];
  hiddenTypes: string[];
  /** Statuses to hide; NO_STATUS for links without one. */
  hiddenStatuses: string[];
  window: TimeWindow | null;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': show links in force and attacks that had happened then. */
  asOf: string | null;
}

/** The data of a node the filters look at. */
export interface FilterNode {
  id: string;
  kind: EntityKind;
  date?: string | null;
}

/** The data of an edge the filters look at. */
export interface FilterEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  status: string | null;
  since: string | null;
  until: string | null;
}

/** Ids to hide and ids to fade; an id is in at most one of each pair. */
export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  fadedNodes: Set<string>;
  fadedEdges: Set<string>;
}

/** No filters at all. */
export function emptyFilters(): FilterState {
  return { hiddenKinds: [], hiddenTypes: [], hiddenStatuses: [], window: null, asOf: null };
}

/** True when any filter is set (the UI shows a "clear filters" button then). */
export function hasFilters(f: FilterState): boolean {
  return (
    f.hiddenKinds.length + f.hiddenTypes.length + f.hiddenStatuses.length > 0 ||
    f.window !== null ||
    f.asOf !== null
  );
}

/** Which nodes and edges the filters hide or fade. */
export function computeVisibility(
  nodes: FilterNode[],
  edges: FilterEdge[],
  f: FilterState,
): Visibility {
  const v: Visibility = {
    hiddenNodes: new Set(),
    hiddenEdges: new Set(),
    fadedNodes: new Set(),
    fadedEdges: new Set(),
  };
  const kinds = new Set(f.hiddenKinds);
  const asOf = monthIndex(f.asOf, 'end');
  const window = windowMonths(f.window);

  for (const node of nodes) {
    const when = node.kind === 'Attack' ? eventInterval(node.date) : null;
    if (kinds.has(node.kind)) v.hiddenNodes.add(node.id);
    else if (when && asOf !== null && when.start !== null && when.start > asOf)
      v.hiddenNodes.add(node.id);
    else if (when && window && !overlaps(when, window)) v.fadedNodes.add(node.id);
  }

  const types = new Set(f.hiddenTypes);
  const statuses = new Set(f.hiddenStatuses);
  for (const edge of edges) {
    const interval = relationInterval(edge.since, edge.until);
    const endpointHidden = v.hiddenNodes.has(edge.source) || v.hiddenNodes.has(edge.target);
    if (endpointHidden || types.has(edge.type) || statuses.has(edge.status ?? NO_STATUS)) {
      v.hiddenEdges.add(edge.id);
    } else if (interval && asOf !== null && !holdsAt(interval, asOf)) {
      v.hiddenEdges.add(edge.id);
    } else if (
      (interval && window && !overlaps(interval, window)) ||
      v.fadedNodes.has(edge.source) ||
      v.fadedNodes.has(edge.target)
    ) {
      // A link to an attack outside the window fades with the attack.
      v.fadedEdges.add(edge.id);
    }
  }
  return v;
}
