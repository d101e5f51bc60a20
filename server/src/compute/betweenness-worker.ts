/**
 * Worker-thread entry (see off-thread.ts): computes betweenness for the edges in `workerData` and
 * posts the scores back, so the seconds it takes on a large graph never block the request thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { betweenness } from './betweenness.js';

/** What the request thread sends: the edges as two parallel id lists, and the pivot budget. */
export interface BetweennessInput {
  from: string[];
  to: string[];
  pivots: number;
}

/** What the worker answers: ids, highest score first, and their scores, index by index. */
export interface BetweennessOutput {
  ids: string[];
  scores: Float64Array;
}

const { from, to, pivots } = workerData as BetweennessInput;
const ranked = [
  ...betweenness(
    from.map((id, i) => [id, to[i]!] as const),
    pivots,
  ),
].sort((a, b) => b[1] - a[1]);
const output: BetweennessOutput = {
  ids: ranked.map(([id]) => id),
  scores: Float64Array.from(ranked, ([, score]) => score),
};
parentPort!.postMessage(output, [output.scores.buffer as ArrayBuffer]);
