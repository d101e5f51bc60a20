/**
 * What the filters do to the elements in view. Kind, relationship type, status and "as of" hide
 * (they change what the view is about); the time window only fades dated things outside it, so
 * the shape of the network stays readable while the eye goes to the chosen period. Both follow the
 * API's time rule (time-rule.ts); in either, undated attacks and links are hidden unless
 * `includeUndated`.
 */
import type { EntityKind } from '../api/types.js';
import { edgeTime, holdsDuring, nodeTime, type TimeOf } from './time-rule.js';
import { monthIndex, windowMonths, type TimeWindow } from './time-window.js';

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
  /** With a window or "as of": also show the undated attacks and links (marked "date unknown"). */
  includeUndated: boolean;
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
  /** With a window or "as of": the undated nodes and links in view, shown or not. */
  undated: Set<string>;
  /** Those of `undated` hidden only for having no date (none while `includeUndated`). */
  undatedHidden: Set<string>;
}

/** No filters at all. */
export function emptyFilters(): FilterState {
  return {
    hiddenKinds: [],
    hiddenTypes: [],
    hiddenStatuses: [],
    window: null,
    asOf: null,
    includeUndated: false,
  };
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
    undated: new Set(),
    undatedHidden: new Set(),
  };
  const kinds = new Set(f.hiddenKinds);
  const asOf = monthIndex(f.asOf, 'end');
  const window = windowMonths(f.window);
  /** Hides, fades or marks one element by its time (nothing without a window or "as of"). */
  const byTime = (id: string, time: TimeOf, hidden: Set<string>, faded: Set<string>) => {
    if (time === 'timeless' || (asOf === null && !window)) return;
    if (time === 'undated') {
      v.undated.add(id);
      if (!f.includeUndated) {
        hidden.add(id);
        v.undatedHidden.add(id);
      }
    } else if (asOf !== null && !holdsDuring(time, asOf, asOf)) hidden.add(id);
    else if (window && !holdsDuring(time, window.start, window.end)) faded.add(id);
  };

  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    if (kinds.has(node.kind)) v.hiddenNodes.add(node.id);
    else byTime(node.id, nodeTime(node), v.hiddenNodes, v.fadedNodes);
  }

  const types = new Set(f.hiddenTypes);
  const statuses = new Set(f.hiddenStatuses);
  for (const edge of edges) {
    const ends = [edge.source, edge.target];
    // An end hidden only for having no date still lets the link count as undated below.
    const blocked = ends.some((n) => v.hiddenNodes.has(n) && !v.undatedHidden.has(n));
    if (blocked || types.has(edge.type) || statuses.has(edge.status ?? NO_STATUS)) {
      v.hiddenEdges.add(edge.id);
      continue;
    }
    byTime(edge.id, edgeTime(edge, byId), v.hiddenEdges, v.fadedEdges);
    if (ends.some((n) => v.hiddenNodes.has(n))) v.hiddenEdges.add(edge.id);
    // A link to an attack outside the window fades with the attack.
    else if (!v.hiddenEdges.has(edge.id) && ends.some((n) => v.fadedNodes.has(n)))
      v.fadedEdges.add(edge.id);
  }
  return v;
}
