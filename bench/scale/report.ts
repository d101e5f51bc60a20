/** The scale benchmark's results as JSON and as the markdown tables in bench/results/. */
import type { Latency } from './latency.js';
import type { ImportPhase } from './import-rate.js';
import type { Machine } from './machine.js';
import type { Throughput } from './throughput.js';

export interface LatencyResult {
  query: string;
  actorgraph: Latency;
  raw: Latency;
  neo4jGraphql?: Latency;
  /** Named queries the API ran for one request (replayed as the raw figure). */
  cypher: string[];
}

export interface ThroughputResult {
  query: string;
  clients: number;
  actorgraph: Throughput;
  neo4jGraphql?: Throughput;
}

export interface ScaleResults {
  date: string;
  minutes: number;
  machine: Machine;
  rows: number;
  batchSize: number;
  import: { importer: ImportPhase & { rejected: number }; loadCsv: ImportPhase; ratio: number };
  latency: LatencyResult[];
  /** Round trips that do no work: what every request pays before any query runs. */
  floor: { emptyGraphql: Latency; cypherReturn1: Latency };
  throughput: ThroughputResult[];
}

const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');
const n = (value: number) => value.toLocaleString('en');

export function importRatio(importer: ImportPhase, loadCsv: ImportPhase): number {
  return ratio(importer.rowsPerSecond, loadCsv.rowsPerSecond);
}

function importTable(r: ScaleResults): string[] {
  const { importer, loadCsv } = r.import;
  return [
    '| import of the same file | seconds | rows/s | nodes | relationships |',
    '|---|---:|---:|---:|---:|',
    `| \`npm run import -- gtd\` | ${importer.seconds} | ${n(importer.rowsPerSecond)} | ${n(importer.nodes)} | ${n(importer.relationships)} |`,
    `| Neo4j \`LOAD CSV\` | ${loadCsv.seconds} | ${n(loadCsv.rowsPerSecond)} | ${n(loadCsv.nodes)} | ${n(loadCsv.relationships)} |`,
    '',
    `Import ÷ LOAD CSV rows/s: **${r.import.ratio}** (target ≥ 0.5: ${mark(r.import.ratio >= 0.5)}).`,
  ];
}

function latencyTable(r: ScaleResults): string[] {
  return [
    '| query | samples | ActorGraph p50 / p99 ms | raw Cypher p50 / p99 ms | API ÷ raw (p50; target < 1.2) | @neo4j/graphql p50 / p99 ms | ActorGraph ÷ @neo4j/graphql (p50; target < 1) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.latency
      .map((l) => {
        const overhead = ratio(l.actorgraph.p50, l.raw.p50);
        const versus = l.neo4jGraphql ? ratio(l.actorgraph.p50, l.neo4jGraphql.p50) : undefined;
        return [
          l.query,
          l.actorgraph.samples,
          `${l.actorgraph.p50} / ${l.actorgraph.p99}`,
          `${l.raw.p50} / ${l.raw.p99}`,
          `${overhead} (${mark(overhead < 1.2)})`,
          l.neo4jGraphql ? `${l.neo4jGraphql.p50} / ${l.neo4jGraphql.p99}` : 'cannot express it',
          versus === undefined ? '–' : `${versus} (${mark(versus < 1)})`,
        ].join(' | ');
      })
      .map((line) => `| ${line} |`),
  ];
}

function throughputTable(r: ScaleResults): string[] {
  return [
    '| query | clients | ActorGraph req/s (p99 ms) | @neo4j/graphql req/s (p99 ms) | ActorGraph ÷ @neo4j/graphql |',
    '|---|---:|---:|---:|---:|',
    ...r.throughput.map((t) => {
      const theirs = t.neo4jGraphql;
      const failures = (x: Throughput) => (x.failures ? `, ${x.failures} failed` : '');
      return `| ${t.query} | ${t.clients} | ${t.actorgraph.requestsPerSecond} (${t.actorgraph.p99}${failures(t.actorgraph)}) | ${
        theirs
          ? `${theirs.requestsPerSecond} (${theirs.p99}${failures(theirs)})`
          : 'cannot express it'
      } | ${theirs ? ratio(t.actorgraph.requestsPerSecond, Math.max(theirs.requestsPerSecond, 1)) : '–'} |`;
    }),
  ];
}

export function markdownReport(r: ScaleResults): string {
  const m = r.machine;
  return [
    '# Scale benchmark: import and API on a graph of generated GTD attacks',
    '',
    `Run ${r.date} with \`npm run bench\`; the whole run took **${r.minutes} minutes**. ${n(r.rows)} generated GTD rows, ${n(r.batchSize)} rows per transaction.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, load average ${m.loadAverage} at the start (shared machine); ${m.os}; Node ${m.node}; Neo4j ${m.neo4j}.`,
    'Every figure is a ratio of two measurements taken side by side in this run; absolute times depend on the machine and its load.',
    '',
    '## Import',
    '',
    ...importTable(r),
    '',
    '## Latency (sequential requests; each round runs every target once, in turn)',
    '',
    ...latencyTable(r),
    '',
    'Raw Cypher replays, over the bare driver, the named queries the API ran for the same request. @neo4j/graphql serves the same database',
    '(schema generated from the vocabulary, `bench/scale/neo4j-graphql-schema.ts`); its neighbourhood selects every link type both ways,',
    'at most 20 neighbours per type at the first level and 5 at the second; shortest paths need hand-written Cypher there.',
    '',
    `Round trips that do no work, for scale: an HTTP GraphQL request for \`{ __typename }\` (no database) takes p50 ${r.floor.emptyGraphql.p50} ms, p99 ${r.floor.emptyGraphql.p99} ms;`,
    `\`RETURN 1\` over the bare driver takes p50 ${r.floor.cypherReturn1.p50} ms, p99 ${r.floor.cypherReturn1.p99} ms. The first is the part of "API ÷ raw" that no`,
    'resolver or query change can remove: it is the HTTP hop between client and API, which raw Cypher does not make.',
    '',
    '## Throughput (autocannon, per run)',
    '',
    ...throughputTable(r),
    '',
  ].join('\n');
}
