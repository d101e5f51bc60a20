/**
 * bench/results/paths.md from the path benchmark's results. The hand-written findings below the
 * NOTES marker of an earlier report are kept, so a rerun refreshes the figures, not the analysis.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Figures, PathsResults, QueryResult } from './run-paths.js';

export const NOTES_MARKER = '<!-- findings: kept across runs -->';

/** The issue's targets (p50, p99 ms, through the API, sequential). */
const TARGETS: Record<string, { p50?: number; p99: number }> = {
  shortestPath: { p50: 200, p99: 1000 },
  'paths(maxHops: 6, first: 10)': { p50: 200, p99: 1000 },
  commonNeighbors: { p99: 300 },
  'neighborhood(depth: 2, first: 200)': { p99: 500 },
};

const fmt = (n: number) => n.toLocaleString('en');
const pp = (f: Figures) =>
  `${f.p50} / ${f.p99}${f.errors ? ` (${f.errors} errors of ${f.samples})` : ''}`;

function verdict(q: QueryResult): string {
  const target = TARGETS[q.name];
  if (!target) return '–';
  const met = q.api.errors === 0 && q.api.p99 < target.p99 && q.api.p50 < (target.p50 ?? Infinity);
  const text = `${target.p50 ? `p50 < ${target.p50}, ` : ''}p99 < ${target.p99}`;
  return `${text}: ${met ? 'yes' : '**no**'}`;
}

function profileSection(results: PathsResults, q: QueryResult): string[] {
  const profiled = q.pairs.filter((p) => p.profiles && p.profiles.length > 0);
  if (profiled.length === 0) return [];
  const lines = [
    `### ${q.name}`,
    '',
    '| pair | kind | API median ms | PROFILE ms | db hits | rows out |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const p of profiled) {
    const pair = results.pairs[p.pair]!;
    for (const prof of p.profiles!) {
      lines.push(
        `| ${pair.a} / ${pair.b} | ${pair.kind} | ${p.apiMedian} | ${prof.ms} | ${fmt(prof.totalDbHits)} | ${prof.operators[0]?.rows ?? 0} |`,
      );
    }
  }
  const worst = profiled
    .flatMap((p) => p.profiles!.map((prof) => ({ p, prof })))
    .sort((x, y) => y.prof.totalDbHits - x.prof.totalDbHits)[0]!;
  const pair = results.pairs[worst.p.pair]!;
  lines.push(
    '',
    `Plan of the pair with most db hits (${pair.a} / ${pair.b}, \`${worst.prof.name}\`), operators with any db hits, busiest first:`,
    '',
    '| operator | rows | db hits | share | details |',
    '|---|---:|---:|---:|---|',
  );
  for (const op of [...worst.prof.operators]
    .filter((o) => o.dbHits > 0)
    .sort((a, b) => b.dbHits - a.dbHits)
    .slice(0, 12)) {
    const share = Math.round((100 * op.dbHits) / Math.max(1, worst.prof.totalDbHits));
    const details = op.details.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
    lines.push(
      `| ${op.operator} | ${fmt(op.rows)} | ${fmt(op.dbHits)} | ${share} % | \`${details}\` |`,
    );
  }
  lines.push('');
  return lines;
}

export function pathsMarkdown(results: PathsResults, previous?: string): string {
  const m = results.machine;
  const lines = [
    '# Path benchmark: tracing queries on the benchmark graph',
    '',
    `Run ${results.date} with \`npm run bench:paths\`; the whole run took **${results.minutes} minutes**. Graph: seed plus ` +
      `${fmt(results.rows)} generated GTD attacks (${fmt(results.graph.nodes)} nodes, ${fmt(results.graph.relationships)} relationships).`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, load average ${m.loadAverage} at the start (shared machine); ${m.os}; Node ${m.node}; Neo4j ${m.neo4j}.`,
    `Requests are sequential; each round asks every pair once through the API (HTTP, the real server, query timeout ${results.queryTimeoutMs} ms) ` +
      'and then replays the named queries the API ran for it over the bare driver ("raw"). Errors (timeouts among them) count with the time they took.',
    '',
    '## Latency, ms (p50 / p99)',
    '',
    '| query | samples | API | raw Cypher | random pairs: API | busiest-group pairs: API | target (API) |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...results.queries.map(
      (q) =>
        `| ${q.name} | ${q.api.samples} | ${pp(q.api)} | ${pp(q.raw)} | ${pp(q.byKind.random.api)} | ${pp(q.byKind.hubs.api)} | ${verdict(q)} |`,
    ),
    '',
    '## Pairs (API median ms per query)',
    '',
    `| pair | kind | attacks of each | ${results.queries.map((q) => q.name).join(' | ')} |`,
    `|---|---|---:|${results.queries.map(() => '---:').join('|')}|`,
    ...results.pairs.map(
      (p, i) =>
        `| ${p.a} / ${p.b} | ${p.kind} | ${fmt(p.attacksA)} / ${fmt(p.attacksB)} | ${results.queries
          .map((q) => q.pairs[i]!.apiMedian)
          .join(' | ')} |`,
    ),
    '',
    '## Where the time goes (PROFILE, one run per pair, bare driver)',
    '',
    ...results.queries.flatMap((q) => profileSection(results, q)),
  ];
  const notes = previous?.includes(NOTES_MARKER)
    ? previous.slice(previous.indexOf(NOTES_MARKER))
    : `${NOTES_MARKER}\n`;
  return `${lines.join('\n')}\n${notes}`;
}

/** The report at `file` so far, if any, for its kept findings. */
export const previousReport = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8') : undefined;
