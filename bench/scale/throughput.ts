/** Requests per second at a given number of concurrent clients, with autocannon. */
import autocannon from 'autocannon';
import type { GraphqlRequest } from './api-queries.js';

export interface Throughput {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Failed connections, timeouts and non-2xx answers together. */
  failures: number;
}

export async function measureThroughput(
  url: string,
  request: GraphqlRequest,
  connections: number,
  seconds: number,
): Promise<Throughput> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    connections,
    duration: seconds,
    timeout: 30,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
