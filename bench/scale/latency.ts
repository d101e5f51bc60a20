/**
 * Latency side by side: each round runs every target once, in turn, so a busy moment on a shared
 * machine slows all of them alike. Requests are sequential; p50 and p99 come from the same rounds.
 */
import { percentile, timed } from './stats.js';
import type { GraphqlRequest } from './api-queries.js';

export interface Latency {
  samples: number;
  p50: number;
  p99: number;
}

export interface LatencyOptions {
  /** Rounds before measuring, to warm caches and the query planner. */
  warmup: number;
  rounds: number;
  /** Stop earlier once this much time is spent on one query. */
  maxSeconds: number;
}

/** POSTs a GraphQL request; throws on HTTP or GraphQL errors, so a wrong document never gets timed. */
export async function postGraphql(url: string, request: GraphqlRequest): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors) {
    throw new Error(
      `${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`,
    );
  }
  return body.data;
}

export async function measureLatency(
  targets: Record<string, () => Promise<unknown>>,
  options: LatencyOptions,
): Promise<Record<string, Latency>> {
  const names = Object.keys(targets);
  for (let i = 0; i < options.warmup; i++) for (const name of names) await targets[name]!();
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const deadline = Date.now() + options.maxSeconds * 1000;
  for (let round = 0; round < options.rounds && Date.now() < deadline; round++) {
    for (const name of names) samples[name]!.push(await timed(targets[name]!));
  }
  const round2 = (n: number) => Number(n.toFixed(2));
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        samples: samples[name]!.length,
        p50: round2(percentile(samples[name]!, 50)),
        p99: round2(percentile(samples[name]!, 99)),
      },
    ]),
  );
}
