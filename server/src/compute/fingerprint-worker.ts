/**
 * Worker-thread entry (see fingerprint-off-thread.ts): the MinHash fingerprint of the text in
 * `workerData`, posted back, so the second a 2 MiB text takes never blocks the request thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { textFingerprint } from '../domain/text-fingerprint.js';

parentPort!.postMessage(textFingerprint(workerData as string));
