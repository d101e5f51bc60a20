/**
 * The canvas as a function of the view state and the subgraphs fetched for it. Each piece of the
 * state names a source (a neighbourhood, a single node, a trace); the view is their union, minus
 * hidden nodes, with only the links whose two ends are in view. Because the composition reads only
 * the state, a URL or an undo step rebuilds exactly the same canvas.
 */
import type { NodeFields, RelationFields } from '../api/types.js';
import type { ViewState } from './view-state.js';

/** Nodes and links fetched for one source. */
export interface SourceGraph {
  nodes: NodeFields[];
  relations: RelationFields[];
}

/** Cache key of a source. */
export type SourceKey = `nb:${string}` | `node:${string}` | `trace:${string}>${string}`;

/** Key of the neighbourhood of `id`. */
export const neighbourhoodKey = (id: string): SourceKey => `nb:${id}`;
/** Key of the single node `id`. */
export const nodeKey = (id: string): SourceKey => `node:${id}`;
/** Key of the trace between two nodes. */
export const traceKey = (from: string, to: string): SourceKey => `trace:${from}>${to}`;

/** The sources a view needs, in the order they were opened. */
export function requiredSources(state: ViewState): SourceKey[] {
  const keys: SourceKey[] = state.expanded.map(neighbourhoodKey);
  keys.push(...state.kept.map(nodeKey));
  if (state.trace) keys.push(traceKey(state.trace.from, state.trace.to));
  return keys;
}

/** What the canvas should show, and the sources still to fetch before it can. */
export interface ComposedView {
  nodes: Map<string, NodeFields>;
  relations: Map<string, RelationFields>;
  missing: SourceKey[];
}

/** Composes the view from whatever sources are at hand; `missing` lists the others. */
export function composeView(
  state: ViewState,
  sources: ReadonlyMap<SourceKey, SourceGraph>,
): ComposedView {
  const hidden = new Set(state.hidden);
  const nodes = new Map<string, NodeFields>();
  const candidates = new Map<string, RelationFields>();
  const missing: SourceKey[] = [];
  for (const key of requiredSources(state)) {
    const source = sources.get(key);
    if (!source) {
      missing.push(key);
      continue;
    }
    for (const node of source.nodes)
      if (!hidden.has(node.id) && !nodes.has(node.id)) nodes.set(node.id, node);
    for (const relation of source.relations) candidates.set(relation.id, relation);
  }
  const relations = new Map<string, RelationFields>();
  for (const [id, relation] of candidates) {
    if (nodes.has(relation.from.id) && nodes.has(relation.to.id)) relations.set(id, relation);
  }
  return { nodes, relations, missing };
}

/** Ids to add and remove to turn the current canvas into the composed view. */
export function diffCanvas(
  current: Iterable<string>,
  wanted: ComposedView,
): { remove: string[]; addNodes: string[]; addEdges: string[] } {
  const have = new Set(current);
  const remove = [...have].filter((id) => !wanted.nodes.has(id) && !wanted.relations.has(id));
  const addNodes = [...wanted.nodes.keys()].filter((id) => !have.has(id));
  const addEdges = [...wanted.relations.keys()].filter((id) => !have.has(id));
  return { remove, addNodes, addEdges };
}
