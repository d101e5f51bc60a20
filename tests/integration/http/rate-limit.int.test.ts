/**
 * Rate limiting by cost on the real server: a client pays each operation's price from a bucket of
 * RATE_LIMIT_POINTS_PER_MINUTE points. These apps get 60 (one point a second), so a default
 * `paths` (40 points) fits once and a second one has to wait ~20 s. Requests that must share one
 * budget are sent at once, so the outcome does not depend on how fast a busy machine answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorHeaders, startTestApp, testConfig, type TestApp } from '../../support/app.js';
import { type GraphqlAnswer, sendGraphql } from '../../support/http/send-graphql.js';

const TRACE = '{ paths(from: "ttp", to: "is-k") { length } }'; // 2 × 4 hops × 5 paths = 40
const LOOKUP = '{ entity(id: "is-k") { id } }'; // 1

let limited: TestApp; // keyed by socket address: 127.0.0.1 unless a test picks another
let proxied: TestApp; // TRUST_PROXY: keyed by the last X-Forwarded-For entry
let unlimited: TestApp;
beforeAll(async () => {
  limited = await startTestApp(testConfig({ RATE_LIMIT_POINTS_PER_MINUTE: '60' }));
  proxied = await startTestApp(
    testConfig({ RATE_LIMIT_POINTS_PER_MINUTE: '60', TRUST_PROXY: 'true' }),
  );
  unlimited = await startTestApp(testConfig({ RATE_LIMIT_POINTS_PER_MINUTE: '0' }));
});
afterAll(async () => {
  await Promise.all([limited, proxied, unlimited].map((app) => app?.close()));
});

/** POSTs `query` with `headers` from `localAddress`. */
const post = (
  app: TestApp,
  query: string,
  headers: Record<string, string> = {},
  localAddress = '127.0.0.1',
) => sendGraphql(app, query, { headers, localAddress }).answer;

const from = (address: string) => ({ 'x-forwarded-for': address });

/** Sends the requests at once and returns their answers in the order given. */
const together = (...requests: (() => Promise<GraphqlAnswer>)[]) =>
  Promise.all(requests.map((request) => request()));
const statuses = (answers: GraphqlAnswer[]) => answers.map((answer) => answer.status).sort();

describe('rate limit', () => {
  it('refuses an operation the client cannot pay for with 429, Retry-After and RATE_LIMITED', async () => {
    const client = from('203.0.113.1');
    const answers = await together(
      () => post(proxied, TRACE, client),
      () => post(proxied, TRACE, client),
    );
    expect(statuses(answers)).toEqual([200, 429]);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(refused).not.toHaveProperty('data');
    const seconds = Number(refused.retryAfter);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(20);
    expect(refused.errors).toEqual([
      {
        message: expect.stringMatching(/costs 40 points .* Retry in \d+ s/),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
      },
    ]);
  });

  it('still lets the client run cheap lookups with what is left', async () => {
    const client = from('203.0.113.2');
    const answers = await together(
      () => post(proxied, TRACE, client),
      () => post(proxied, TRACE, client),
    );
    expect(statuses(answers)).toEqual([200, 429]);
    // 20 points are left, and more flow in: enough for a 1-point lookup however late it comes.
    const lookup = await post(proxied, LOOKUP, client);
    expect(lookup.status).toBe(200);
    expect(lookup.data).toEqual({ entity: { id: 'is-k' } });
  });

  it('behind a trusted proxy, keeps clients apart by the address the proxy appended', async () => {
    const [first, second, spoofed, other] = await together(
      () => post(proxied, TRACE, from('203.0.113.3')),
      () => post(proxied, TRACE, from('203.0.113.3')),
      // Entries before the proxy's own are the client's to choose: they buy no fresh budget.
      () => post(proxied, TRACE, from('198.51.100.9, 203.0.113.3')),
      () => post(proxied, TRACE, from('203.0.113.4')),
    );
    expect(statuses([first!, second!, spoofed!])).toEqual([200, 429, 429]);
    expect(other!.status).toBe(200);
  });

  it('without a trusted proxy, keys by socket address, ignores X-Forwarded-For, and charges editors by name', async () => {
    const answers = await together(
      () => post(limited, TRACE, from('203.0.113.5')),
      () => post(limited, TRACE, from('203.0.113.6')),
    );
    expect(statuses(answers)).toEqual([200, 429]);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(refused.errors?.[0]?.message).toMatch(/client ip:127\.0\.0\.1 has \d+ of 60 left/);
    // Another loopback address is another client.
    expect((await post(limited, TRACE, {}, '127.0.0.2')).status).toBe(200);
    expect((await post(limited, TRACE, editorHeaders)).status).toBe(200);
  });

  it('is off with RATE_LIMIT_POINTS_PER_MINUTE=0', async () => {
    for (let i = 0; i < 4; i++) {
      const result = await post(unlimited, TRACE);
      expect(result.errors).toBeUndefined();
      expect(result.status).toBe(200);
    }
  });
});
