/**
 * Worker-thread entry (see off-thread.ts): Louvain communities (communities.ts) of the edges in
 * `workerData`, posted back, so a pass over a large actor graph never blocks the request thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { communities } from './communities.js';

/** What the request thread sends: the edges as two parallel id lists, resolution and seed. */
export interface CommunitiesInput {
  from: string[];
  to: string[];
  resolution: number;
  seed: number;
}

const { from, to, resolution, seed } = workerData as CommunitiesInput;
parentPort!.postMessage(
  communities(
    from.map((id, i) => [id, to[i]!] as const),
    resolution,
    seed,
  ),
);
