/**
 * Runs betweenness and communities in worker threads: the request thread only reads the edges and
 * receives the result. One worker per computation (it ends with it), unref'd so a computation in
 * progress never keeps a stopping process alive.
 */
import { Worker } from 'node:worker_threads';
import type { BetweennessInput, BetweennessOutput } from './betweenness-worker.js';
import type { CommunitiesResult } from './communities.js';
import type { CommunitiesInput } from './communities-worker.js';

/**
 * The first message of a worker running `file` (a sibling .ts file) on `input`. The server runs
 * TypeScript through tsx, which a worker thread does not inherit under every runner (vitest, say);
 * the worker therefore loads its TypeScript entry through tsx's scoped `tsImport`, which works
 * whether or not tsx is loaded already.
 */
function inWorker<T>(file: string, input: unknown): Promise<T> {
  const entry = new URL(file, import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: input });
    worker.unref();
    worker.once('message', (output: T) => {
      resolve(output);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The ${file} worker exited with ${code}.`)));
  });
}

/** Louvain communities (compute/communities.ts) of the undirected graph `input`, off-thread. */
export function communitiesOffThread(input: CommunitiesInput): Promise<CommunitiesResult> {
  return inWorker('./communities-worker.ts', input);
}

/**
 * Betweenness of the undirected graph `input` (see compute/betweenness.ts), computed off-thread:
 * the entities in descending order of score, and the scores.
 */
export async function betweennessOffThread(
  input: BetweennessInput,
): Promise<{ ranked: string[]; scores: Map<string, number> }> {
  const { ids, scores } = await inWorker<BetweennessOutput>('./betweenness-worker.ts', input);
  return { ranked: ids, scores: new Map(ids.map((id, i) => [id, scores[i]!])) };
}
