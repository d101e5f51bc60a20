/** The dated things in view — links with since/until, attacks with a date — as intervals for the time bar. */
import type { FilterEdge, FilterNode, Visibility } from './filters.js';
import { eventInterval, relationInterval, type MonthInterval } from './time-window.js';

/** Intervals of every dated, non-hidden node and edge. */
export function datedIntervals(
  nodes: FilterNode[],
  edges: FilterEdge[],
  visibility?: Visibility,
): MonthInterval[] {
  const result: MonthInterval[] = [];
  for (const node of nodes) {
    if (node.kind !== 'Attack' || visibility?.hiddenNodes.has(node.id)) continue;
    const interval = eventInterval(node.date);
    if (interval) result.push(interval);
  }
  for (const edge of edges) {
    if (visibility?.hiddenEdges.has(edge.id)) continue;
    const interval = relationInterval(edge.since, edge.until);
    if (interval) result.push(interval);
  }
  return result;
}

/** How many of the shown links lie in the window (all of them when there is no window). */
export function edgesInWindow(
  edges: FilterEdge[],
  visibility: Visibility,
): { inWindow: number; shown: number } {
  const shown = edges.filter((e) => !visibility.hiddenEdges.has(e.id));
  return {
    inWindow: shown.filter((e) => !visibility.fadedEdges.has(e.id)).length,
    shown: shown.length,
  };
}
