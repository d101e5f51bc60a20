/**
 * A trace between two entities: the shortest path and its alternatives as element ids to
 * highlight, and each path as hops that read in the direction of travel, with their evidence.
 */
import type { NodeFields, PathFields, RelationFields } from '../api/types.js';
import type { SourceGraph } from './compose.js';

/** One step along a path. */
interface Hop {
  from: NodeFields;
  to: NodeFields;
  relation: RelationFields;
  /** False when the link points against the direction of travel (to ← from). */
  forward: boolean;
}

/** A path ready to show. */
export interface TracePath {
  length: number;
  nodeIds: string[];
  edgeIds: string[];
  hops: Hop[];
}

/** The result of a trace: paths shortest first; `paths[0]` is the shortest when any exists. */
export interface Trace {
  from: string;
  to: string;
  paths: TracePath[];
}

function toTracePath(path: PathFields): TracePath {
  const hops: Hop[] = [];
  path.relations.forEach((relation, i) => {
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    if (from && to) hops.push({ from, to, relation, forward: relation.from.id === from.id });
  });
  return {
    length: path.length,
    nodeIds: path.nodes.map((n) => n.id),
    edgeIds: path.relations.map((r) => r.id),
    hops,
  };
}

const signature = (p: TracePath) => p.edgeIds.join('|');

/**
 * Merges `shortestPath` and `paths` into one list: the shortest first, the alternatives after it,
 * each path once, at most `limit` in all.
 */
export function buildTrace(
  from: string,
  to: string,
  shortest: PathFields | null,
  alternatives: PathFields[],
  limit = 6,
): Trace {
  const paths: TracePath[] = [];
  const seen = new Set<string>();
  for (const p of [...(shortest ? [shortest] : []), ...alternatives].map(toTracePath)) {
    if (seen.has(signature(p))) continue;
    seen.add(signature(p));
    paths.push(p);
  }
  const [first, ...rest] = paths;
  rest.sort((a, b) => a.length - b.length);
  return { from, to, paths: (first ? [first, ...rest] : []).slice(0, limit) };
}

/** The nodes and links of every path, as a source for the canvas. */
export function traceSubgraph(trace: Trace): SourceGraph {
  const nodes = new Map<string, NodeFields>();
  const relations = new Map<string, RelationFields>();
  for (const path of trace.paths) {
    for (const hop of path.hops) {
      nodes.set(hop.from.id, hop.from);
      nodes.set(hop.to.id, hop.to);
      relations.set(hop.relation.id, hop.relation);
    }
  }
  return { nodes: [...nodes.values()], relations: [...relations.values()] };
}

/** Ids to mark: the chosen path strongly, the other paths lightly. */
export function traceHighlight(
  trace: Trace,
  chosen = 0,
): { primary: Set<string>; alternative: Set<string> } {
  const primary = new Set<string>();
  const alternative = new Set<string>();
  trace.paths.forEach((path, i) => {
    const target = i === chosen ? primary : alternative;
    for (const id of [...path.nodeIds, ...path.edgeIds]) target.add(id);
  });
  for (const id of primary) alternative.delete(id);
  return { primary, alternative };
}
