/**
 * A trace between two entities: the shortest path and its alternatives as element ids to
 * highlight, and each path as hops that read in the direction of travel, with their evidence.
 */
import type { ConnectionFields, PathOrder } from '../api/paths.js';
import type { NodeFields, PathFields, RelationFields } from '../api/types.js';
import type { SourceGraph } from './compose.js';

/** One step along a path. */
interface Hop {
  from: NodeFields;
  to: NodeFields;
  /** The strongest link of the hop. */
  relation: RelationFields;
  /** Every link between the two nodes that passes the filters, strongest first. */
  relations: RelationFields[];
  /** False when the link points against the direction of travel (to ← from). */
  forward: boolean;
}

/** A path ready to show. */
export interface TracePath {
  length: number;
  /** 0–1, the weakest hop's score (Path.strength). */
  strength: number;
  nodeIds: string[];
  edgeIds: string[];
  hops: Hop[];
}

/** The result of a trace: paths in `order`; with SHORTEST, `paths[0]` is the shortest. */
export interface Trace {
  from: string;
  to: string;
  order: PathOrder;
  /** The hop bound the search used (for "none within N hops"). */
  maxHops: number;
  paths: TracePath[];
  /** What the two ends share; absent when not fetched. */
  connection?: ConnectionFields;
}

function toTracePath(path: PathFields): TracePath {
  const hops: Hop[] = [];
  path.relations.forEach((relation, i) => {
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    const byId = new Map(path.allRelations.map((r) => [r.id, r]));
    const relations = (path.hops[i]?.relations ?? [relation])
      .map((r) => byId.get(r.id))
      .filter((r): r is RelationFields => r !== undefined);
    if (from && to)
      hops.push({ from, to, relation, relations, forward: relation.from.id === from.id });
  });
  return {
    length: path.length,
    strength: path.strength,
    nodeIds: path.nodes.map((n) => n.id),
    edgeIds: hops.flatMap((hop) => hop.relations.map((r) => r.id)),
    hops,
  };
}

// A path is its node sequence: parallel links are one hop's relations, not another path.
const signature = (p: TracePath) => p.nodeIds.join('|');

/**
 * Merges `shortestPath` and `paths` into one list, each node sequence once, at most `limit`: with
 * SHORTEST the shortest first and the alternatives after it by length; with STRONGEST the API's
 * order (strongest first), the shortest path added only when the list has room for it.
 */
export function buildTrace(
  ends: { from: string; to: string; order?: PathOrder; maxHops?: number },
  shortest: PathFields | null,
  alternatives: PathFields[],
  limit = 6,
): Omit<Trace, 'connection'> {
  const { from, to, order = 'SHORTEST', maxHops = 6 } = ends;
  const listed = order === 'SHORTEST' ? [shortest, ...alternatives] : [...alternatives, shortest];
  const paths: TracePath[] = [];
  const seen = new Set<string>();
  for (const p of listed.filter((p): p is PathFields => p !== null).map(toTracePath)) {
    if (seen.has(signature(p))) continue;
    seen.add(signature(p));
    paths.push(p);
  }
  const [first, ...rest] = paths;
  if (order === 'SHORTEST') rest.sort((a, b) => a.length - b.length);
  return { from, to, order, maxHops, paths: (first ? [first, ...rest] : []).slice(0, limit) };
}

/** The nodes and links of every path, as a source for the canvas. */
export function traceSubgraph(trace: Trace): SourceGraph {
  const nodes = new Map<string, NodeFields>();
  const relations = new Map<string, RelationFields>();
  for (const path of trace.paths) {
    for (const hop of path.hops) {
      nodes.set(hop.from.id, hop.from);
      nodes.set(hop.to.id, hop.to);
      for (const relation of hop.relations) relations.set(relation.id, relation);
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
