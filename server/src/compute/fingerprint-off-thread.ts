/**
 * The fingerprint of a source text (domain/text-fingerprint.ts) for addSource: on the request
 * thread for an article-sized text (5,000 words take about 5 ms), in a worker thread of its own
 * beyond OFF_THREAD_CHARS (a 2 MiB text takes over a second, which would stall every request).
 */
import { Worker } from 'node:worker_threads';
import { type TextFingerprint, textFingerprint } from '../domain/text-fingerprint.js';

/** Texts longer than this (UTF-16 units, about 10,000 words) are fingerprinted off-thread. */
export const OFF_THREAD_CHARS = 64 * 1024;

/** Loads the TypeScript entry through tsx in the worker, as off-thread.ts explains. */
const ENTRY = new URL('./fingerprint-worker.ts', import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(ENTRY)}, ${JSON.stringify(ENTRY)}))`;

/** The fingerprint of `text`, computed off the request thread when the text is long. */
export function fingerprintOf(text: string): Promise<TextFingerprint> {
  if (text.length <= OFF_THREAD_CHARS) return Promise.resolve(textFingerprint(text));
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: text });
    worker.unref();
    worker.once('message', (fingerprint: TextFingerprint) => {
      resolve(fingerprint);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The fingerprint worker exited with ${code}.`)));
  });
}
