/**
 * Synthetic graphs for the explorer benchmark: `n` nodes of the seven kinds and `m` links, grown by
 * preferential attachment (a few hubs, many leaves, like the real graph) from a fixed seed, so
 * every run measures the same graph.
 */
import type { ElementDefinition } from 'cytoscape';

const KINDS = ['Group', 'Person', 'Attack', 'State', 'Place', 'Organization', 'Source'] as const;
const TYPES = [
  'MEMBER_OF',
  'OPERATES_IN',
  'CLAIMED',
  'RIVAL_OF',
  'ALLY_OF',
  'REPORTED_ON',
  'IN',
] as const;
const STATUSES = [null, 'claimed', 'suspected', 'reported', 'alleged', 'confirmed'] as const;

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Elements shaped like the explorer's own (same data fields and classes). */
export function generateGraph(n: number, m: number, seed = 42): ElementDefinition[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const nodes: ElementDefinition[] = [];
  const ends: number[] = []; // each node once per link it has: sampling from it favours hubs
  const edges: ElementDefinition[] = [];
  const seen = new Set<string>();
  const addEdge = (a: number, b: number) => {
    const type = pick(TYPES);
    const id = `n${a}~${type}~n${b}`;
    if (a === b || seen.has(id)) return false;
    seen.add(id);
    const status = pick(STATUSES);
    const year = 2000 + Math.floor(rnd() * 25);
    edges.push({
      group: 'edges',
      data: {
        id,
        source: `n${a}`,
        target: `n${b}`,
        type,
        label: type.toLowerCase(),
        status,
        since: rnd() < 0.3 ? String(year) : null,
        until: null,
        sources: 1 + Math.floor(rnd() * 4),
      },
      classes: `status-${status ?? 'unstated'}`,
    });
    ends.push(a, b);
    return true;
  };
  for (let i = 0; i < n; i += 1) {
    const kind = pick(KINDS);
    nodes.push({
      group: 'nodes',
      data: {
        id: `n${i}`,
        kind,
        name: `${kind} ${i}`,
        label: `${kind} ${i}`,
        aliases: [],
        degree: 0,
        date:
          kind === 'Attack'
            ? `20${10 + Math.floor(rnd() * 15)}-0${1 + Math.floor(rnd() * 9)}`
            : null,
      },
      classes: `kind-${kind.toLowerCase()}`,
    });
    if (i > 0) addEdge(i, ends.length ? ends[Math.floor(rnd() * ends.length)]! : 0);
  }
  while (edges.length < m)
    addEdge(
      Math.floor(rnd() * n),
      rnd() < 0.7 && ends.length ? ends[Math.floor(rnd() * ends.length)]! : Math.floor(rnd() * n),
    );
  const degree = new Map<string, number>();
  for (const e of edges)
    for (const end of [e.data.source as string, e.data.target as string])
      degree.set(end, (degree.get(end) ?? 0) + 1);
  for (const node of nodes) node.data.degree = degree.get(node.data.id!) ?? 0;
  return [...nodes, ...edges];
}
