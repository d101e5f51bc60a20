/**
 * `npm run bench -- --memory`: the importer's resident memory as the file grows. One run of the
 * real `npm run import` process on a large generated file, into a throwaway instance; its RSS is
 * read from /proc each time its progress line reports the rows read, so the figures at 100,000
 * rows and at the end come from the same run. Writes bench/results/import-memory.{md,json}.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../../server/src/config/config.js';
import { GTD } from '../../server/src/importers/datasets/gtd.js';
import { writeSynthetic } from '../synthetic/write-synthetic.js';
import { type BenchGraph, startBenchGraph } from './bench-graph.js';
import { describeMachine, type Machine } from './machine.js';

export interface MemoryResults {
  date: string;
  machine: Machine;
  rows: number;
  seconds: number;
  /** Resident set size of the import process in MiB, by rows read (first progress line past). */
  rssMiB: Record<string, number>;
  peakRssMiB: number;
  fileMiB: number;
}

const MiB = 2 ** 20;

/** VmRSS of a process in MiB (Linux). */
function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/** Runs the import CLI on `file`, sampling its RSS at each progress line of the first pass. */
function importSampled(graph: BenchGraph, file: string, batchSize: number, checkpoints: number[]) {
  const { connection } = graph;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/import.ts', 'gtd', file, '--batch-size', String(batchSize)],
    {
      cwd: ROOT_DIR,
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USER: connection.user,
        NEO4J_PASSWORD: connection.password,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const rssMiB: Record<string, number> = {};
  let peak = 0;
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    const rss = rssOf(child.pid!);
    peak = Math.max(peak, rss);
    const rows = /^gtd +\d+% .*?([\d,]+) rows/m.exec(text);
    const read = rows ? Number(rows[1]!.replaceAll(',', '')) : 0;
    const due = checkpoints.find((n) => read >= n && !(n in rssMiB));
    if (due !== undefined) rssMiB[due] = rss;
  });
  return new Promise<{ rssMiB: Record<string, number>; peak: number }>((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve({ rssMiB, peak }) : reject(new Error(`The import exited with ${code}.`)),
    ),
  );
}

export async function runMemoryBench(rows: number, batchSize: number): Promise<MemoryResults> {
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-memory-'));
  const file = path.join(dir, `gtd-${rows}.csv`);
  const machine = describeMachine();
  const checkpoints = [...new Set([10_000, 100_000, 500_000, rows].filter((n) => n <= rows))];
  try {
    await writeSynthetic(GTD, rows, 1, file);
    const graph = await startBenchGraph();
    try {
      const importStarted = Date.now();
      const { rssMiB, peak } = await importSampled(graph, file, batchSize, checkpoints);
      return {
        date: new Date(started).toISOString(),
        machine,
        rows,
        seconds: Math.round((Date.now() - importStarted) / 1000),
        rssMiB,
        peakRssMiB: peak,
        fileMiB: Math.round(statSync(file).size / MiB),
      };
    } finally {
      await graph.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function memoryMarkdown(r: MemoryResults): string {
  const m = r.machine;
  return [
    '# Importer memory as the file grows',
    '',
    `Run ${r.date} with \`npm run bench -- --memory --rows ${r.rows}\`: one \`npm run import -- gtd\` process on ${r.rows.toLocaleString('en')}`,
    `generated GTD rows (${r.fileMiB} MiB of CSV) into a throwaway Neo4j, ${r.seconds} s. RSS of the import process, read when its`,
    `progress line passed each row count. Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}; Neo4j ${m.neo4j}.`,
    '',
    '| rows read | import process RSS (MiB) |',
    '|---:|---:|',
    ...Object.entries(r.rssMiB).map(
      ([rows, rss]) => `| ${Number(rows).toLocaleString('en')} | ${rss} |`,
    ),
    `| peak, whole run | ${r.peakRssMiB} |`,
    '',
  ].join('\n');
}
