/**
 * When a node or link holds, by the rule the API applies to asOf/between (docs/data-model.md,
 * "Time"): an attack exists from its date on; a link holds from its since to its until (open ends
 * open) and never before the date of an attack at either end; a link with neither and no dated
 * attack end, or an attack without a date, is undated. Entities other than attacks are timeless.
 */
import type { EntityKind } from '../api/types.js';
import { monthIndex, relationInterval, type MonthInterval } from './time-window.js';

/** The months a node or link holds over, 'undated', or 'timeless' (not subject to time). */
export type TimeOf = MonthInterval | 'undated' | 'timeless';

/** What the rule reads of a node: an attack's date. */
interface TimedNode {
  kind: EntityKind;
  date?: string | null;
}

/** What the rule reads of a link: its ends and own dates. */
interface TimedEdge {
  source: string;
  target: string;
  since: string | null;
  until: string | null;
}

/** When a node holds: an attack from its date on; other kinds always. */
export function nodeTime(node: TimedNode): TimeOf {
  if (node.kind !== 'Attack') return 'timeless';
  const start = monthIndex(node.date, 'start');
  return start === null ? 'undated' : { start, end: null };
}

/** When a link holds, given the nodes at its ends (missing ones count as timeless). */
export function edgeTime(
  edge: TimedEdge,
  nodes: ReadonlyMap<string, TimedNode>,
): MonthInterval | 'undated' {
  const own = relationInterval(edge.since, edge.until);
  const starts: number[] = [];
  for (const id of [edge.source, edge.target]) {
    const node = nodes.get(id);
    const time = node ? nodeTime(node) : 'timeless';
    if (typeof time === 'object' && time.start !== null) starts.push(time.start);
  }
  if (!own && starts.length === 0) return 'undated';
  if (own?.start !== null && own?.start !== undefined) starts.push(own.start);
  return { start: starts.length > 0 ? Math.max(...starts) : null, end: own?.end ?? null };
}

/** True when the interval is non-empty and shares a month with [start, end]. */
export function holdsDuring(interval: MonthInterval, start: number, end: number): boolean {
  const from = interval.start ?? -Infinity;
  const to = interval.end ?? Infinity;
  return from <= to && from <= end && to >= start;
}
