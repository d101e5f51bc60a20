/**
 * Sharing the server between clients, on the real server and Neo4j: the cap on one client's
 * requests in flight (a request is held in flight by sending only half its body, so no timing
 * decides the outcome), the prices the rate limiter reports in `extensions.cost`, and the charge
 * for measured database time after an operation runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from '../../support/app.js';
import { sendGraphql } from '../../support/http/send-graphql.js';

/** POSTs `query` from `localAddress`; with `hold`, only half the body goes until finish(). */
const send = (app: TestApp, query: string, localAddress = '127.0.0.1', hold = false) =>
  sendGraphql(app, query, { localAddress, hold });

const LOOKUP = '{ entity(id: "is-k") { id } }';
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('in-flight cap', () => {
  let refusing: TestApp; // one request in flight, none waiting
  let queueing: TestApp; // one in flight, one waiting
  beforeAll(async () => {
    const base = { RATE_LIMIT_POINTS_PER_MINUTE: '0', CLIENT_MAX_IN_FLIGHT: '1' };
    refusing = await startTestApp(testConfig({ ...base, CLIENT_MAX_QUEUED: '0' }));
    queueing = await startTestApp(testConfig({ ...base, CLIENT_MAX_QUEUED: '1' }));
  });
  afterAll(async () => {
    await Promise.all([refusing, queueing].map((app) => app?.close()));
  });

  it('answers a request over the cap 429 RATE_LIMITED with Retry-After, and serves another client', async () => {
    const held = send(refusing, LOOKUP, '127.0.0.1', true);
    const extra = await send(refusing, LOOKUP).answer;
    expect(extra.status).toBe(429);
    expect(Number(extra.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(extra.errors).toEqual([
      {
        message: expect.stringMatching(/Client ip:127\.0\.0\.1 has 1 requests in flight/),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(extra.retryAfter) },
      },
    ]);
    const other = await send(refusing, LOOKUP, '127.0.0.2').answer;
    expect(other.status).toBe(200);
    expect(other.data).toEqual({ entity: { id: 'is-k' } });
    held.finish();
    expect((await held.answer).data).toEqual({ entity: { id: 'is-k' } });
    // The slot is free again.
    expect((await send(refusing, LOOKUP).answer).status).toBe(200);
  });

  it('lets the extra request wait for the client’s slot while another client is served', async () => {
    const held = send(queueing, LOOKUP, '127.0.0.1', true);
    let waitedDone = false;
    const waited = send(queueing, LOOKUP).answer.finally(() => (waitedDone = true));
    const other = await send(queueing, LOOKUP, '127.0.0.2').answer;
    expect(other.status).toBe(200);
    // Sent before the other client's request, and not answered after it: it is waiting.
    expect(waitedDone).toBe(false);
    held.finish();
    expect((await held.answer).status).toBe(200);
    const answer = await waited;
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ entity: { id: 'is-k' } });
  });
});

describe('prices and charges in extensions.cost', () => {
  let priced: TestApp; // a large budget: nothing is refused, only reported
  let charged: TestApp; // 1 point a millisecond of transaction time
  beforeAll(async () => {
    priced = await startTestApp(testConfig({ RATE_LIMIT_POINTS_PER_MINUTE: '1000000' }));
    charged = await startTestApp(
      testConfig({
        RATE_LIMIT_POINTS_PER_MINUTE: '20000',
        DB_MS_PER_POINT: '1',
        DB_MAX_PER_CLIENT: '4',
      }),
    );
  });
  afterAll(async () => {
    await Promise.all([priced, charged].map((app) => app?.close()));
  });

  /** The price reported; a query that then fails (a slow first plan of a trace) is priced too. */
  const requested = async (app: TestApp, query: string, address: string) => {
    const answer = await send(app, query, address).answer;
    expect(answer.status).toBe(200);
    expect(answer.extensions?.cost?.requested).toBeGreaterThanOrEqual(1);
    return answer.extensions!.cost!.requested;
  };

  it('prices explicit nulls as the defaults they run with', async () => {
    const address = '127.0.0.11';
    const trace = (args: string) =>
      requested(priced, `{ paths(from: "ttp", to: "is-k"${args}) { length } }`, address);
    expect(await trace(', first: null, maxHops: null')).toBe(await trace(''));
    expect(await trace(', first: null, maxHops: null')).toBeGreaterThan(
      await trace(', first: 1, maxHops: 1'),
    );
    const page = (args: string) =>
      requested(priced, `{ attacks${args} { edges { cursor } } }`, address);
    expect(await page('(first: null)')).toBe(await page(''));
  });

  it('prices each alias of an aggregate, and a count above a page', async () => {
    const address = '127.0.0.12';
    const one = await requested(priced, '{ attacks { totalCount } }', address);
    const page = await requested(priced, '{ attacks { edges { cursor } } }', address);
    expect(one).toBeGreaterThan(page);
    expect(await requested(priced, aliases(30, 'attacks { totalCount }'), address)).toBe(30 * one);
  });

  it('charges the measured database time after the run when it is more than the price', async () => {
    const address = '127.0.0.13';
    const before = await send(charged, LOOKUP, address).answer;
    const start = before.extensions!.cost!;
    // A lookup is priced 1 and takes some database time.
    expect(start.requested).toBe(1);
    expect(start.actual).toBeGreaterThanOrEqual(1);
    // Thirty small neighbourhoods: a point each, but several transactions each.
    const heavy = await send(
      charged,
      aliases(30, 'neighborhood(id: "is-k", first: 10) { truncated }'),
      address,
    ).answer;
    expect(heavy.errors).toBeUndefined();
    const cost = heavy.extensions!.cost!;
    expect(cost.actual).toBeGreaterThan(cost.requested);
    // The bucket lost more than the price. It refills a third of a point a millisecond meanwhile, but
    // the aliases' transactions run four at a time, so their time adds up faster than that.
    expect(start.remaining - cost.remaining).toBeGreaterThan(cost.requested);
    const after = await send(charged, LOOKUP, address).answer;
    expect(after.extensions!.cost!.remaining).toBeLessThan(start.remaining - cost.requested);
  });

  it('turns a client without a point left away at the door, with Retry-After', async () => {
    const broke = await startTestApp(
      testConfig({ RATE_LIMIT_POINTS_PER_MINUTE: '30', DB_MS_PER_POINT: '1' }),
    );
    try {
      // 30 points: the whole bucket, and then the measured time on top of it.
      const heavy = await send(
        broke,
        aliases(30, 'neighborhood(id: "is-k", first: 10) { truncated }'),
      ).answer;
      expect(heavy.extensions?.cost?.requested).toBe(30);
      const refused = await send(broke, LOOKUP).answer;
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(refused.errors?.[0]?.message).toMatch(/client ip:127\.0\.0\.1 has no points left/);
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      // Another client is served.
      expect((await send(broke, LOOKUP, '127.0.0.2').answer).status).toBe(200);
    } finally {
      await broke.close();
    }
  });
});
