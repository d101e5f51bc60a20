/**
 * Counts what each kind of request got back. An error is any answer that is not a 2xx with a
 * GraphQL body free of `errors`: GraphQL over HTTP answers many failures with 200, so the status
 * alone would miss them. Each error is filed under its `extensions.code` (or the HTTP status).
 */
import { percentile } from '../scale/stats.js';
import type { RequestKind } from './workload.js';

export interface KindSummary {
  responses: number;
  /** Answers carrying an error, by code. */
  errors: Record<string, number>;
  /** Requests autocannon gave up on (no answer within its timeout). */
  timeouts: number;
  p50: number;
  p99: number;
  max: number;
  /** The first message seen for each error code, to tell masked errors apart. */
  messages: Record<string, string>;
}

interface KindCounts {
  latencies: number[];
  errors: Map<string, number>;
  messages: Map<string, string>;
  timeouts: number;
}

interface GraphqlBody {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** The error an answer carries, or undefined for a clean one. */
export function answerError(
  status: number,
  body: string,
): [code: string, message: string] | undefined {
  if (status >= 200 && status < 300 && !body.includes('"errors"')) return undefined;
  let parsed: GraphqlBody | undefined;
  try {
    parsed = JSON.parse(body) as GraphqlBody;
  } catch {
    // not JSON: filed under the HTTP status below
  }
  const first = parsed?.errors?.[0];
  if (first) return [first.extensions?.code ?? 'NO_CODE', first.message ?? ''];
  if (status >= 200 && status < 300) return undefined; // "errors" was only a word in the data
  return [`HTTP_${status}`, body.slice(0, 200)];
}

export class LoadTally {
  private readonly kinds = new Map<RequestKind, KindCounts>();

  private of(kind: RequestKind): KindCounts {
    let counts = this.kinds.get(kind);
    if (!counts) {
      counts = { latencies: [], errors: new Map(), messages: new Map(), timeouts: 0 };
      this.kinds.set(kind, counts);
    }
    return counts;
  }

  response(kind: RequestKind, status: number, body: string, ms: number): void {
    const counts = this.of(kind);
    counts.latencies.push(ms);
    const error = answerError(status, body);
    if (!error) return;
    const [code, message] = error;
    counts.errors.set(code, (counts.errors.get(code) ?? 0) + 1);
    if (!counts.messages.has(code)) counts.messages.set(code, message);
  }

  timeout(kind: RequestKind | undefined): void {
    if (kind) this.of(kind).timeouts++;
  }

  /** Errors of every kind together. */
  errorCount(): number {
    let total = 0;
    for (const counts of this.kinds.values()) for (const n of counts.errors.values()) total += n;
    return total;
  }

  summary(): Partial<Record<RequestKind, KindSummary>> {
    return Object.fromEntries(
      [...this.kinds].map(([kind, c]) => [
        kind,
        {
          responses: c.latencies.length,
          errors: Object.fromEntries(c.errors),
          timeouts: c.timeouts,
          p50: Math.round(percentile(c.latencies, 50)),
          p99: Math.round(percentile(c.latencies, 99)),
          max: Math.round(c.latencies.reduce((a, b) => Math.max(a, b), 0)),
          messages: Object.fromEntries(c.messages),
        },
      ]),
    );
  }
}
