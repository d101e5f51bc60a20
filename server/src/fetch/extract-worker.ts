/**
 * Worker-thread entry (see extract-off-thread.ts): the article in the page in `workerData`, posted
 * back as `{ article }` or, when the page is not one, `{ problem }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle, type PageInput } from './extract-article.js';
import { FetchProblem } from './fetch-problem.js';

extractArticle(workerData as PageInput).then(
  (article) => parentPort!.postMessage({ article }),
  (error: unknown) =>
    parentPort!.postMessage({
      problem: error instanceof FetchProblem ? error.message : 'the page could not be read',
    }),
);
