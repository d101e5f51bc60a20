/** The load test's results as JSON and as the markdown table in bench/results/load.md. */
import type { Machine } from '../scale/machine.js';
import type { LevelFigures } from './mixed-run.js';
import type { RssTrace } from './process-memory.js';
import type { RawLevel } from './raw-run.js';
import type { AloneRun } from './server-checks.js';
import { type RequestKind, WEIGHTS } from './workload.js';

export interface LevelResult extends LevelFigures {
  /** The API server's resident memory, MiB: before and after the level, and while it ran. */
  rss: { before: number; after: number } & RssTrace;
  /** Distinct lines the server logged during the level (masked errors), with their counts. */
  serverLog: Record<string, number>;
}

export interface LoadResults {
  date: string;
  minutes: number;
  machine: Machine;
  rows: number;
  graph: { nodes: number; relationships: number };
  /** Distinct requests per kind in the rotated list. */
  workload: Record<RequestKind, number>;
  weights: Record<RequestKind, number>;
  /** Each request once, alone, after a warm-up pass and before the levels. */
  alone: AloneRun;
  clientTimeoutSeconds: number;
  queryTimeoutMs: number;
  levels: LevelResult[];
  /** The raw-driver arm at the same levels (empty when it was not run). */
  raw?: RawLevel[];
  /** RSS after the last level and an idle pause with no requests and no forced GC. */
  idle: { seconds: number; rss: number };
  goal: { connections: number; met: boolean };
}

const n = (value: number) => value.toLocaleString('en');
const kinds = Object.keys(WEIGHTS) as RequestKind[];

function levelRows(r: LoadResults): string[] {
  return r.levels.map((l) =>
    [
      l.connections,
      n(l.requests),
      l.requestsPerSecond,
      `${l.latency.p50} / ${l.latency.p97_5} / ${l.latency.p99}`,
      l.errors,
      l.timeouts,
      `${l.rss.before} → ${l.rss.after} (peak ${l.rss.peak}; ${l.rss.lateSlopePerMinute} MiB/min late)`,
    ].join(' | '),
  );
}

function kindRows(r: LoadResults): string[] {
  return r.levels.flatMap((l) =>
    kinds.map((kind) => {
      const k = l.byKind[kind];
      if (!k) return `| ${l.connections} | ${kind} | 0 | – | 0 | 0 |`;
      const errors = Object.entries(k.errors).map(([code, count]) => `${count} ${code}`);
      return `| ${l.connections} | ${kind} | ${n(k.responses)} | ${k.p50} / ${k.p99} / ${k.max} | ${errors.join(', ') || 0} | ${k.timeouts} |`;
    }),
  );
}

/** API against the raw driver running the same Cypher at the same concurrency. */
function rawLines(r: LoadResults): string[] {
  const rows = (r.raw ?? []).flatMap((raw) => {
    const api = r.levels.find((l) => l.connections === raw.connections);
    if (!api) return [];
    const ratio = raw.requestsPerSecond > 0 ? api.requestsPerSecond / raw.requestsPerSecond : 0;
    return [
      `| ${raw.connections} | ${api.requestsPerSecond} | ${api.latency.p50} / ${api.latency.p99} | ${api.errors} | ` +
        `${raw.requestsPerSecond} | ${raw.latency.p50} / ${raw.latency.p99} | ${raw.errors} | ${ratio.toFixed(2)} (${ratio >= 0.9 ? 'yes' : '**no**'}) |`,
    ];
  });
  if (rows.length === 0) return [];
  return [
    '## API against the raw driver (the same Cypher, the same concurrency)',
    '',
    'The raw arm replays, over the bare driver from the benchmark process, the named queries the API ran for each',
    'workload request, with as many concurrent workers as the level has connections, for half the level’s time just',
    'before it and half just after (so drift in a shared machine’s load favours neither); each worker rotates through',
    "the list from its own offset. Goal: the API's requests/s at least 0.9× the raw driver's.",
    '',
    '| connections | API req/s | API p50 / p99 ms | API errors | raw req/s | raw p50 / p99 ms | raw errors | API ÷ raw (≥ 0.9) |',
    '|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
  ];
}

function aloneLines(r: LoadResults): string[] {
  const { byKind, slowest, failed } = r.alone;
  const shown = (variables: unknown) => `\`${JSON.stringify(variables)}\``;
  return [
    `Alone — each request once, in turn, after a warm-up pass and before the levels — p50 / max ms: ${kinds
      .filter((kind) => byKind[kind])
      .map((kind) => `${kind} ${byKind[kind]!.p50} / ${byKind[kind]!.max}`)
      .join(', ')}. Slowest alone:`,
    '',
    ...slowest.map((s) => `- ${s.ms} ms, ${s.kind} ${shown(s.variables)}`),
    ...(failed.length > 0
      ? [
          '',
          'Failed even alone:',
          '',
          ...failed.map((f) => `- ${f.kind} ${shown(f.variables)}: ${f.error}`),
        ]
      : []),
  ];
}

function serverLogLines(r: LoadResults): string[] {
  return r.levels.flatMap((l) => {
    const lines = Object.entries(l.serverLog).slice(0, 6);
    if (lines.length === 0) return [];
    return [
      `- ${l.connections} connections:`,
      ...lines.map(([line, count]) => `  - ${count}× \`${line}\``),
    ];
  });
}

/** RSS growth from the end of the first level to the end of the idle pause, and the requests served meanwhile. */
function memoryGrowth(r: LoadResults): { mib: number; requests: number } {
  const first = r.levels[0];
  if (!first) return { mib: 0, requests: 0 };
  const requests = r.levels.slice(1).reduce((sum, l) => sum + l.requests, 0);
  return { mib: Number((r.idle.rss - first.rss.after).toFixed(1)), requests };
}

export function loadMarkdown(r: LoadResults): string {
  const m = r.machine;
  const mix = kinds.map((kind) => `${kind} ${r.weights[kind]}% (${r.workload[kind]} distinct)`);
  const growth = memoryGrowth(r);
  const log = serverLogLines(r);
  return [
    '# Load test: mixed reads at rising concurrency',
    '',
    `Run ${r.date} with \`npm run load\`; the whole run took **${r.minutes} minutes**. Graph: ${r.rows ? `seed plus ${n(r.rows)} generated GTD attacks` : 'the seed graph alone'}`,
    `(${n(r.graph.nodes)} nodes, ${n(r.graph.relationships)} relationships). Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB,`,
    `load average ${m.loadAverage} at the start (shared machine); ${m.os}; Node ${m.node}; Neo4j ${m.neo4j} (heap 2g, page cache 1g).`,
    `The API server, Neo4j and autocannon share the machine. Mix: ${mix.join(', ')}; each connection`,
    `rotates through the list from its own offset. Client timeout ${r.clientTimeoutSeconds} s (the explorer's); query timeout ${r.queryTimeoutMs / 1000} s; no rate limit.`,
    '',
    `Goal: no errors and no timeouts at ${r.goal.connections} connections — **${r.goal.met ? 'met' : 'not met'}**.`,
    '',
    '| connections | requests | req/s | latency p50 / p97.5 / p99 ms | errors | timeouts | server RSS MiB before → after |',
    '|---:|---:|---:|---:|---:|---:|---|',
    ...levelRows(r).map((row) => `| ${row} |`),
    '',
    `Server RSS after a further ${r.idle.seconds} s idle (no requests, no forced GC): **${r.idle.rss} MiB**, ` +
      `${growth.mib >= 0 ? '+' : ''}${growth.mib} MiB against the end of the first level, ${n(growth.requests)} requests later.`,
    'Errors are non-2xx answers plus 200 answers whose body carries GraphQL `errors`, and refused or reset connections;',
    "timeouts are requests with no answer within the client timeout. Latency is autocannon's, over 2xx answers.",
    '"late" is the least-squares slope of the RSS samples (one per second) over the second half of the level.',
    '',
    '## By kind of request (latency over all answers)',
    '',
    '| connections | kind | answers | p50 / p99 / max ms | errors | timeouts |',
    '|---:|---|---:|---:|---|---:|',
    ...kindRows(r),
    '',
    ...rawLines(r),
    ...aloneLines(r),
    '',
    ...(log.length > 0 ? ["## The server's log during the levels", '', ...log, ''] : []),
  ].join('\n');
}
