/**
 * `npm run bench -- --compute`: what a betweenness computation does to the request thread. A
 * `/health`-like endpoint on this process is polled every 20 ms (from another thread) while betweenness of a generated
 * graph (GTD-like: NODES entities, two links each) is computed on the request thread (as before)
 * and in a worker thread (as now); also the time of the computation itself, ours with pivots, ours
 * exact and graphology-metrics' exact. Writes bench/results/health-under-load.{md,json}.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { UndirectedGraph } from 'graphology';
import { betweenness as graphologyBetweenness } from 'graphology-metrics/centrality/index.js';
import { betweennessOffThread } from '../../server/src/compute/off-thread.js';
import { DEFAULT_POLICY } from '../../server/src/compute/betweenness-cache.js';
import { betweenness } from '../../server/src/compute/betweenness.js';
import { describeMachine, type Machine } from '../scale/machine.js';

const log = (line: string) => console.error(`[bench] ${line}`);

export function generate(nodes: number): [string, string][] {
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const edges: [string, string][] = [];
  for (let i = 1; i < nodes; i++) {
    edges.push([`n${i}`, `n${Math.floor(random() * i)}`]);
    edges.push([`n${i}`, `n${Math.floor(random() * nodes)}`]);
  }
  return edges;
}

interface HealthRow {
  mode: string;
  computeMs: number;
  polls: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * Polls `url` every 20 ms from a worker thread of its own — a poller on the request thread would
 * stall with it and see no delay — until told to stop; answers the latencies in ms.
 */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const latencies = [];
let running = true;
parentPort.once('message', () => (running = false));
(async () => {
  while (running) {
    const sent = performance.now();
    await (await fetch(workerData)).text();
    latencies.push(performance.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  parentPort.postMessage(latencies);
})();
`;

/** Polls a /health-like endpoint of this process (from another thread) while `work` runs. */
async function healthDuring(mode: string, work: () => Promise<unknown>): Promise<HealthRow> {
  const server = createServer((_req, res) => res.end('{"status":"ok"}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  const poller = new Worker(POLLER, { eval: true, workerData: url });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const started = performance.now();
  await work();
  const computeMs = performance.now() - started;
  const latencies = await new Promise<number[]>((resolve) => {
    poller.once('message', resolve);
    poller.postMessage('stop');
  });
  await poller.terminate();
  server.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    mode,
    computeMs,
    polls: latencies.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
  };
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

export async function runComputeBench(nodes: number) {
  const edges = generate(nodes);
  const pivots = DEFAULT_POLICY.pivots;
  log(`graph: ${nodes} nodes, ${edges.length} links; /health on the request thread…`);
  const inThread = await healthDuring('request thread (before)', async () => {
    betweenness(edges, pivots);
  });
  log('/health with the worker thread…');
  const worker = await healthDuring('worker thread (now)', () =>
    betweennessOffThread({ from: edges.map((e) => e[0]), to: edges.map((e) => e[1]), pivots }),
  );
  const exact = [];
  for (const size of [1_000, 2_000, 4_000]) {
    log(`exact betweenness, ${size} nodes…`);
    const small = generate(size);
    const graph = new UndirectedGraph();
    for (const [a, b] of small) {
      graph.mergeNode(a);
      graph.mergeNode(b);
      if (a !== b) graph.mergeEdge(a, b);
    }
    exact.push({
      nodes: size,
      oursMs: timed(() => betweenness(small)),
      graphologyMs: timed(() => graphologyBetweenness(graph)),
    });
  }
  return {
    machine: describeMachine(),
    nodes,
    links: edges.length,
    pivots,
    health: [inThread, worker],
    exact,
  };
}

function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, load ${m.loadAverage} at the start, Node ${m.node}`;
}

export function computeMarkdown(results: Awaited<ReturnType<typeof runComputeBench>>): string {
  const ms = (value: number) => value.toFixed(0);
  return [
    '# Betweenness and the request thread',
    '',
    `${machineLine(results.machine)}.`,
    '',
    `Graph: ${results.nodes} nodes, ${results.links} links (GTD-like: two links each),`,
    `${results.pivots} pivots. A /health-like endpoint of the computing process polled every 20 ms`,
    'from another thread during the computation; target: every answer within 100 ms.',
    '',
    '| computed on | computation (ms) | polls | p50 (ms) | p99 (ms) | slowest (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.health.map(
      (r) =>
        `| ${r.mode} | ${ms(r.computeMs)} | ${r.polls} | ${ms(r.p50Ms)} | ${ms(r.p99Ms)} | ${ms(r.maxMs)} |`,
    ),
    '',
    'Exact betweenness (every node a source), ours against graphology-metrics 2.4 (no pivot',
    'sampling there, hence ours is kept for the server):',
    '',
    '| nodes | ours (ms) | graphology-metrics (ms) |',
    '| ---: | ---: | ---: |',
    ...results.exact.map((r) => `| ${r.nodes} | ${ms(r.oursMs)} | ${ms(r.graphologyMs)} |`),
    '',
  ].join('\n');
}
