/**
 * Requests against the app with their timings, and a steady load of them from a few concurrent
 * clients, so the fault tests can say what every request got back and when.
 */
import { performance } from 'node:perf_hooks';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request gets this long before the test calls it hung (far beyond any documented bound). */
const HANG_MS = 30_000;

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** True when a successful answer carries what it must (no silently empty parts). */
  complete?: (data: Record<string, unknown>) => boolean;
}

export interface Outcome {
  name: string;
  /** performance.now() when the request was sent and when its answer (or failure) came. */
  started: number;
  ended: number;
  /** HTTP status; 0 when no answer came within HANG_MS or the connection failed. */
  status: number;
  codes: string[];
  messages: string[];
  data?: Record<string, unknown> | null;
  problem?: string;
}

/** What an outcome shows: the full answer, a clean SERVICE_UNAVAILABLE, or anything else. */
export function verdict(outcome: Outcome, operation?: Operation): 'ok' | 'unavailable' | 'bad' {
  if (outcome.status === 200 && outcome.codes.length === 0 && outcome.data) {
    return (operation?.complete?.(outcome.data) ?? true) ? 'ok' : 'bad';
  }
  if (
    outcome.status === 503 &&
    outcome.codes.length > 0 &&
    outcome.codes.every((code) => code === 'SERVICE_UNAVAILABLE')
  ) {
    return 'unavailable';
  }
  return 'bad';
}

/** Sends one GraphQL operation and records what came back, and when. */
export async function send(graphqlUrl: string, operation: Operation): Promise<Outcome> {
  const started = performance.now();
  const outcome = (fields: Partial<Outcome>): Outcome => ({
    name: operation.name,
    started,
    ended: performance.now(),
    status: 0,
    codes: [],
    messages: [],
    ...fields,
  });
  try {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...operation.headers,
      },
      body: JSON.stringify({ query: operation.query, variables: operation.variables ?? {} }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const text = await response.text();
    try {
      const body = JSON.parse(text) as {
        data?: Record<string, unknown> | null;
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      return outcome({
        status: response.status,
        data: body.data,
        codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'),
        messages: (body.errors ?? []).map((e) => e.message),
      });
    } catch {
      return outcome({ status: response.status, problem: `not JSON: ${text.slice(0, 200)}` });
    }
  } catch (error) {
    return outcome({ problem: String(error) });
  }
}

/** Times one plain GET (for /health and /ready). */
export async function probe(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(HANG_MS) });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

export interface Load {
  outcomes: Outcome[];
  /** Requests sent and not answered yet. */
  inFlight(): number;
  /** Stops sending and resolves once every request sent has its outcome. */
  stop(): Promise<Outcome[]>;
}

/**
 * `clients` loops, each sending the operations in turn with `pauseMs` between requests (the
 * machine is small and shared: the point is steady traffic, not saturation).
 */
export function startLoad(
  graphqlUrl: string,
  operations: readonly Operation[],
  clients: number,
  pauseMs = 20,
): Load {
  const outcomes: Outcome[] = [];
  let running = true;
  let inFlight = 0;
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let i = client; running; i++) {
      inFlight++;
      outcomes.push(await send(graphqlUrl, operations[i % operations.length]!));
      inFlight--;
      await sleep(pauseMs);
    }
  });
  return {
    outcomes,
    inFlight: () => inFlight,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** Tallies of outcomes by verdict, for logs and failure messages. */
export function tally(outcomes: readonly Outcome[], operations: readonly Operation[]) {
  const byName = new Map(operations.map((op) => [op.name, op]));
  const counts = { ok: 0, unavailable: 0, bad: 0 };
  const bad: Outcome[] = [];
  for (const outcome of outcomes) {
    const v = verdict(outcome, byName.get(outcome.name));
    counts[v]++;
    if (v === 'bad') bad.push(outcome);
  }
  return { ...counts, badExamples: bad.slice(0, 5) };
}
