/**
 * Communities benchmark: the time of a Louvain pass (server/src/compute/communities.ts) on generated
 * graphs of actor-layer size (the generator of health-under-load.ts: each node linked to an
 * earlier one and to a random one), on this thread and through the worker the server uses, and
 * whether the answer is the same on a second run. Run with `npx tsx bench/compute/communities.ts`;
 * writes bench/results/communities.{md,json}.
 */
import { communities } from '../../server/src/compute/communities.js';
import { communitiesOffThread } from '../../server/src/compute/off-thread.js';
import { writeResults } from '../scale/run-scale.js';
import { describeMachine } from '../scale/machine.js';
import { generate } from './health-under-load.js';

const SIZES = [1_000, 10_000, 50_000];

async function main() {
  const rows = [];
  for (const nodes of SIZES) {
    const edges = generate(nodes);
    let started = performance.now();
    const first = communities(edges, 1, 1);
    const onThreadMs = performance.now() - started;
    started = performance.now();
    const second = await communitiesOffThread({
      from: edges.map(([a]) => a),
      to: edges.map(([, b]) => b),
      resolution: 1,
      seed: 1,
    });
    const workerMs = performance.now() - started;
    rows.push({
      nodes,
      edges: edges.length,
      communities: first.communities.length,
      modularity: first.modularity,
      onThreadMs: Math.round(onThreadMs),
      workerMs: Math.round(workerMs),
      sameAnswer: JSON.stringify(first) === JSON.stringify(second),
    });
    console.error(
      `[bench] ${nodes} nodes: ${Math.round(onThreadMs)} ms, worker ${Math.round(workerMs)} ms`,
    );
  }
  const machine = describeMachine();
  const results = { ranAt: new Date().toISOString(), machine, rows };
  const table = rows
    .map(
      (r) =>
        `| ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${r.communities.toLocaleString('en')} | ${r.modularity.toFixed(3)} | ${r.onThreadMs.toLocaleString('en')} | ${r.workerMs.toLocaleString('en')} | ${r.sameAnswer ? 'yes' : '**no**'} |`,
    )
    .join('\n');
  const markdown = `# Communities benchmark: Louvain over an actor graph

Run ${results.ranAt} with \`npx tsx bench/compute/communities.ts\`.
Machine: ${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverage} at the start (shared machine); Node ${machine.node}.

| nodes | edges | communities | modularity | on this thread ms | through the worker ms (incl. start-up and transfer) | same answer, seed 1 |
|---:|---:|---:|---:|---:|---:|---:|
${table}

The server runs the pass in a worker thread (compute/off-thread.ts) and caches it until the next
edit, so a request thread never spends this time; reading the edges from Neo4j comes on top and is
not measured here (see "Not measured").

## Not measured

The whole actor layer of the 200,000-attack benchmark graph was not run: importing that graph
takes minutes on an idle machine (bench/results/scale.md) and did not fit on the shared, heavily
loaded machine of this run. There, \`stats/community-edges\` reads every relationship and keeps
those between actors; its time belongs in the next \`npm run bench\` on the full graph.
`;
  console.log(`Wrote ${writeResults('communities', results, markdown)}`);
}

await main();
