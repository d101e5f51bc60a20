/**
 * Brandes' betweenness centrality on an undirected simple graph given as edges (self-loops and
 * repeated pairs ignored). Hand-written rather than graphology-metrics' (the unit tests' oracle)
 * because that one is exact only: it has no pivot sampling, and exact Brandes is far too slow on
 * an imported graph of tens of thousands of nodes (see bench/results/betweenness.md).
 * Exact when `pivots` is at least the node count; otherwise estimated from that many evenly spread
 * source nodes and scaled up (Brandes & Pich 2007). Scores are normalised to 0–1 by the number of
 * node pairs.
 */
export function betweenness(
  edges: ReadonlyArray<readonly [string, string]>,
  pivots = Infinity,
): Map<string, number> {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const idOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  // Sets: two relations between one pair (ALLY_OF and RIVAL_OF, say) are one undirected edge;
  // listed twice they would count as two shortest paths.
  const neighbours: Set<number>[] = [];
  for (const [a, b] of edges) {
    const i = idOf(a);
    const j = idOf(b);
    if (i === j) continue;
    (neighbours[i] ??= new Set()).add(j);
    (neighbours[j] ??= new Set()).add(i);
  }
  const adjacency = neighbours.map((set) => (set ? [...set] : []));
  const n = ids.length;
  const score = new Float64Array(n);
  const sources = Math.min(n, pivots);
  const step = n / Math.max(sources, 1);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const predecessors: number[][] = Array.from({ length: n }, () => []);

  for (let k = 0; k < sources; k++) {
    const s = Math.floor(k * step);
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    for (const list of predecessors) list.length = 0;
    sigma[s] = 1;
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      for (const w of adjacency[v] ?? []) {
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) {
          sigma[w]! += sigma[v]!;
          predecessors[w]!.push(v);
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      for (const v of predecessors[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      score[w]! += delta[w]!;
    }
  }
  // Undirected: each pair was counted from both ends. Scale sampled sums to the full node set.
  const pairs = n > 2 ? ((n - 1) * (n - 2)) / 2 : 1;
  const scale = n / Math.max(sources, 1) / 2 / pairs;
  return new Map(ids.map((id, i) => [id, score[i]! * scale]));
}
