/**
 * Fetches the subgraph behind one source key. Questions the API rejects (an unknown id in a pasted
 * link) give an empty source and a notice, so one bad id does not block the rest of the view;
 * outages propagate, and the banner offers a retry.
 */
import { fetchEntity } from '../api/entity.js';
import { ApiError } from '../api/errors.js';
import { fetchNeighborhood } from '../api/neighborhood.js';
import { fetchPaths, type PathFilter, type TraceOptions } from '../api/paths.js';
import type { SourceGraph, SourceKey } from '../graph/compose.js';
import { buildTrace, traceSubgraph, type Trace } from '../graph/trace.js';

/** What loading a source produced; `trace` for trace keys, `notice` when something was not found. */
export interface LoadedSource {
  graph: SourceGraph;
  trace?: Trace;
  notice?: string;
  truncated?: boolean;
}

const EMPTY: SourceGraph = { nodes: [], relations: [] };

async function load(
  key: SourceKey,
  pathFilter: PathFilter,
  options: TraceOptions,
): Promise<LoadedSource> {
  if (key.startsWith('nb:')) {
    const id = key.slice(3);
    const sub = await fetchNeighborhood(id);
    if (sub.nodes.length === 0) return { graph: EMPTY, notice: `No entity with id “${id}”.` };
    return { graph: { nodes: sub.nodes, relations: sub.relations }, truncated: sub.truncated };
  }
  if (key.startsWith('node:')) {
    const id = key.slice(5);
    const node = await fetchEntity(id);
    return node
      ? { graph: { nodes: [node], relations: [] } }
      : { graph: EMPTY, notice: `No entity with id “${id}”.` };
  }
  const [from = '', to = ''] = key.slice(6).split('>');
  const result = await fetchPaths(from, to, pathFilter, options);
  const trace: Trace = {
    ...buildTrace(
      { from, to, order: options.orderBy, maxHops: options.maxHops },
      result.shortestPath,
      result.paths,
      options.first,
    ),
    connection: result.connection,
  };
  const notice =
    trace.paths.length === 0
      ? `No chain of links between “${from}” and “${to}” within ${options.maxHops} hops (with the current filters).`
      : undefined;
  return { graph: traceSubgraph(trace), trace, ...(notice ? { notice } : {}) };
}

/** Loads `key`; API rejections of the question become an empty source with a notice. */
export async function loadSource(
  key: SourceKey,
  pathFilter: PathFilter,
  options: TraceOptions,
): Promise<LoadedSource> {
  try {
    return await load(key, pathFilter, options);
  } catch (error) {
    if (
      error instanceof ApiError &&
      (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT')
    ) {
      return { graph: EMPTY, notice: error.message };
    }
    throw error;
  }
}
