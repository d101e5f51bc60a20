/**
 * Extracts the article in a worker thread: parsing a 10 MB page or a PDF takes seconds of CPU that
 * must not stall other requests, and a parser crash ends the worker, not the server.
 */
import { Worker } from 'node:worker_threads';
import type { Article, PageInput } from './extract-article.js';
import { FetchProblem } from './fetch-problem.js';

/** Loads the TypeScript entry through tsx in the worker, as compute/off-thread.ts explains. */
const ENTRY = new URL('./extract-worker.ts', import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(ENTRY)}, ${JSON.stringify(ENTRY)}))`;

/** The article in `page`; rejects with FetchProblem when the page is not one. */
export function extractOffThread(page: PageInput): Promise<Article> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: page });
    worker.unref();
    worker.once('message', (answer: { article?: Article; problem?: string }) => {
      if (answer.article) resolve(answer.article);
      else reject(new FetchProblem('input', answer.problem ?? 'the page could not be read'));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The extraction worker exited with ${code}.`)));
  });
}
