/**
 * Checks around the load levels: every workload request sent alone, before the levels (a baseline:
 * a request that fails or is slow alone will not do better under load), and the server's log
 * lines condensed.
 */
import { percentile, timed } from '../scale/stats.js';
import { answerError } from './tally.js';
import type { RequestKind, WorkloadRequest } from './workload.js';

export interface AloneRun {
  /** p50 and max ms per kind. */
  byKind: Partial<Record<RequestKind, { p50: number; max: number }>>;
  /** The slowest requests, with their variables. */
  slowest: { kind: RequestKind; ms: number; variables: unknown }[];
  /** Requests that failed even alone, with the error code and message. */
  failed: { kind: RequestKind; variables: unknown; error: string }[];
}

/** POSTs each request once, in turn, and times it. */
export async function runAlone(
  url: string,
  workload: readonly WorkloadRequest[],
): Promise<AloneRun> {
  const runs: { kind: RequestKind; ms: number; variables: unknown; error?: string }[] = [];
  for (const { kind, body } of workload) {
    let error: string | undefined;
    const ms = await timed(async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      error = answerError(response.status, await response.text())?.join(': ');
    });
    const { variables } = JSON.parse(body) as { variables: unknown };
    runs.push({ kind, ms: Math.round(ms), variables, ...(error ? { error } : {}) });
  }
  const kinds = [...new Set(runs.map((r) => r.kind))];
  return {
    byKind: Object.fromEntries(
      kinds.map((kind) => {
        const ms = runs.filter((r) => r.kind === kind).map((r) => r.ms);
        return [kind, { p50: percentile(ms, 50), max: Math.max(...ms) }];
      }),
    ),
    slowest: [...runs]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map(({ kind, ms, variables }) => ({ kind, ms, variables })),
    failed: runs.flatMap(({ kind, variables, error }) =>
      error ? [{ kind, variables, error }] : [],
    ),
  };
}

/** The distinct lines of `output` (stack frames left out) with how often each came, most first. */
export function distinctLogLines(output: string, keep = 15): Record<string, number> {
  const counts = new Map<string, number>();
  for (const raw of output.split('\n')) {
    const line = raw.trim().slice(0, 200);
    if (!line || line.startsWith('at ')) continue;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).slice(0, keep));
}
