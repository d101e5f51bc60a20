/**
 * Runs betweenness in a worker thread: the request thread only reads the edges and receives the
 * scores. One worker per computation (it ends with it), unref'd so a computation in progress never
 * keeps a stopping process alive.
 */
import { Worker } from 'node:worker_threads';
import type { BetweennessInput, BetweennessOutput } from './betweenness-worker.js';

/**
 * The server runs TypeScript through tsx, which a worker thread does not inherit under every
 * runner (vitest, say); the worker therefore loads its TypeScript entry through tsx's scoped
 * `tsImport`, which works whether or not tsx is loaded already.
 */
const ENTRY = new URL('./betweenness-worker.ts', import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(ENTRY)}, ${JSON.stringify(ENTRY)}))`;

/**
 * Betweenness of the undirected graph `input` (see compute/betweenness.ts), computed off-thread:
 * the entities in descending order of score, and the scores.
 */
export function betweennessOffThread(
  input: BetweennessInput,
): Promise<{ ranked: string[]; scores: Map<string, number> }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: input });
    worker.unref();
    worker.once('message', ({ ids, scores }: BetweennessOutput) => {
      resolve({ ranked: ids, scores: new Map(ids.map((id, i) => [id, scores[i]!])) });
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The betweenness worker exited with ${code}.`)));
  });
}
