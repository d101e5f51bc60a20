/**
 * The analysis of a source text (domain/analyse-text.ts) for addSource: on the request thread when
 * the text and the graph's names are small (a short text on a small graph takes a few ms), in a
 * worker thread of its own otherwise (a 5,000-word article on a 10,000-entity graph takes about a
 * second: bench/results/ingest.md), like fingerprint-off-thread.ts.
 */
import { Worker } from 'node:worker_threads';
import { type AnalysisInput, analyseText, type TextAnalysis } from '../domain/analyse-text.js';

/** Above this many text characters plus name spellings, the analysis runs off-thread. */
export const OFF_THREAD_WORK = 20_000;

/** Loads the TypeScript entry through tsx in the worker, as off-thread.ts explains. */
const ENTRY = new URL('./analysis-worker.ts', import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(ENTRY)}, ${JSON.stringify(ENTRY)}))`;

/** The work `input` stands for: text characters plus name spellings. */
const workOf = (input: AnalysisInput) =>
  input.text.length + input.names.reduce((sum, name) => sum + name.spellings.length, 0);

/** The analysis of `input`, computed off the request thread when it is big. */
export function analysisOf(input: AnalysisInput): Promise<TextAnalysis> {
  if (workOf(input) <= OFF_THREAD_WORK) return Promise.resolve(analyseText(input));
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: input });
    worker.unref();
    worker.once('message', (analysis: TextAnalysis) => {
      resolve(analysis);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The analysis worker exited with ${code}.`)));
  });
}
