/**
 * Property-based fuzzing of /graphql on the real HTTP server and Neo4j with the seed graph:
 * thousands of documents generated from the schema (right and wrong argument types, variables,
 * floods, deep nesting, fragment cycles, damaged text, Lucene and Cypher syntax, odd unicode), huge
 * and malformed requests. Every answer must pass tests/support/fuzz/oracle.ts, the server must keep
 * answering, and the graph must come out unchanged apart from what accepted editor mutations wrote.
 * Bursts of concurrent edits of the same entities check that races, too, answer with coded errors.
 *
 * Reproducible: the seed is fresh each run and printed; FUZZ_SEED=<n> and FUZZ_RUNS=<batches> change it,
 * FUZZ_SHRINK=true shrinks a failing batch (slow against a live server), FUZZ_LOG=<file> appends
 * every request and answer to a file.
 */
import fc from 'fast-check';
import { appendFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Config } from '../../../server/src/config/config.js';
import {
  editorHeaders,
  gql,
  startTestApp,
  TEST_EDITOR,
  testConfig,
  type TestApp,
} from '../../support/app.js';
import {
  concurrentEditArb,
  RACE_GROUPS,
  RACE_NEW_ID,
  RACE_SETUP,
} from '../../support/fuzz/concurrent-edits.js';
import {
  compare,
  type GraphSnapshot,
  kindLabelProblems,
  openDriver,
  restore,
  snapshot,
} from '../../support/fuzz/graph-snapshot.js';
import { FUZZ_SEED, replay } from '../../support/fuzz/fuzz-seed.js';
import { answeredCleanly, type FuzzResponse, problemsOf } from '../../support/fuzz/oracle.js';
import {
  anonymousRequestArb,
  editorRequestArb,
  type FuzzRequest,
} from '../../support/fuzz/requests.js';
import { routeRequestArb } from '../../support/fuzz/route-requests.js';

const SEED = FUZZ_SEED;
const FILE = 'tests/integration/http/fuzz.int.test.ts';
/** Batches of the anonymous run; the editor run gets a quarter as many. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
/** Requests in flight at once: one batch. */
const CONCURRENCY = 8;

let config: Config;
/**
 * Two servers on the one database: without a rate limit, and with one so large it never refuses,
 * so that pricing every fuzzed operation (server/src/limits/operation-cost.ts) is fuzzed too.
 */
let apps: TestApp[] = [];
let driver: Driver;
let before: GraphSnapshot | undefined;
let sent = 0;
/** Editor mutations that answered with data: the graph was written. */
let writes = 0;
/** Answers with data and no error: documents that did execute, not only got refused. */
let clean = 0;

beforeAll(async () => {
  config = testConfig({ RATE_LIMIT_POINTS_PER_MINUTE: '0' });
  apps = [
    await startTestApp(config),
    await startTestApp(testConfig({ RATE_LIMIT_POINTS_PER_MINUTE: '10000000' })),
  ];
  driver = openDriver(inject('neo4j'));
  before = await snapshot(driver);
  console.log(`fuzz: seed ${SEED}, ${RUNS} batches of ${CONCURRENCY}; replay: ${replay(FILE)}`);
});
afterAll(async () => {
  // Whatever happened, leave the seed graph as the other test files expect it.
  if (before) await restore(driver, before);
  await driver?.close();
  await Promise.all(apps.map((app) => app.close()));
});

async function send(app: TestApp, request: FuzzRequest): Promise<FuzzResponse> {
  sent++;
  const response = await fetch(`${app.url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    signal: AbortSignal.timeout(30_000),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const show = (request: FuzzRequest, response: FuzzResponse) =>
  `request (${request.generator}): ${request.method} ${request.path.slice(0, 300)} ${JSON.stringify(request.headers)}\n` +
  `  body: ${(request.body ?? '').slice(0, 1500)}\n` +
  `  answer ${response.status}: ${response.text.slice(0, 800)}`;

/** Sends a batch at once, spread over the servers; returns its problems, each with its request. */
async function runBatch(batch: readonly FuzzRequest[]): Promise<string[]> {
  const answers = await Promise.all(
    batch.map(async (request, i) => {
      const response = await send(apps[i % apps.length]!, request).catch(
        (error: unknown): FuzzResponse => ({ status: 0, contentType: '', text: String(error) }),
      );
      if (process.env.FUZZ_LOG)
        appendFileSync(process.env.FUZZ_LOG, `${show(request, response)}\n`);
      const problems =
        response.status === 0 ? [`no answer: ${response.text}`] : problemsOf(request, response);
      if (answeredCleanly(response)) clean++;
      if (
        request.headers.authorization &&
        request.generator.includes('mutation') &&
        /"data":\{"(?!__typename)\w+":[{"]/.test(response.text)
      )
        writes++;
      const bytes = Buffer.byteLength(request.body ?? '');
      if (bytes > config.http.maxBodyBytes && response.status !== 413)
        problems.push(`a ${bytes}-byte body answered ${response.status}, not 413`);
      return problems.length > 0 ? [`${problems.join('; ')}\n  ${show(request, response)}`] : [];
    }),
  );
  return answers.flat();
}

/** Every server still answers a known-good query correctly. */
async function expectAlive(): Promise<void> {
  for (const app of apps) {
    const result = await gql<{ search: { id: string }[] }>(app, '{ search(text: "ISKP") { id } }');
    expect(result.status).toBe(200);
    expect(result.data?.search.map((e) => e.id)).toContain('is-k');
  }
}

/**
 * Runs `numRuns` batches (each after `setup`, each followed by `check`, which lists problems of the
 * graph); each must have no problem, and the servers must answer afterwards.
 */
async function fuzz(
  arb: fc.Arbitrary<FuzzRequest>,
  seed: number,
  numRuns: number,
  { setup = async () => {}, check = async () => [] as string[] } = {},
) {
  const started = Date.now();
  const count = sent;
  await fc.assert(
    fc.asyncProperty(
      fc.array(arb, { minLength: CONCURRENCY, maxLength: CONCURRENCY }),
      async (batch) => {
        await setup();
        const problems = [...(await runBatch(batch)), ...(await check())];
        expect(problems, problems.join('\n\n')).toEqual([]);
        await expectAlive();
      },
    ),
    { seed, numRuns, endOnFailure: process.env.FUZZ_SHRINK !== 'true' },
  );
  await expectAlive();
  return `${sent - count} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

describe('fuzzing /graphql', () => {
  it('answers anonymous requests of every shape with no 5xx and no internal error', async () => {
    const cleanBefore = clean;
    const done = await fuzz(anonymousRequestArb(config.http.maxBodyBytes), SEED, RUNS);
    console.log(`fuzz: ${done} (anonymous), ${clean - cleanBefore} ran with data and no error`);
    // Else every document may have been refused before it ran, and nothing was fuzzed but parsing.
    expect(clean - cleanBefore, replay(FILE)).toBeGreaterThan(0);
    // Anonymous mutations were all refused: not one node or relationship changed.
    expect(compare(before!, await snapshot(driver))).toEqual({ changed: [], added: [] });
  }, 900_000);

  it('answers every route and method, on malformed, overlong and odd paths, with no 5xx', async () => {
    const done = await fuzz(routeRequestArb, SEED + 3, Math.ceil(RUNS / 5));
    console.log(`fuzz: ${done} (routes)`);
  }, 900_000);

  it('answers editor requests with no 5xx and no internal error', async () => {
    const done = await fuzz(editorRequestArb(editorHeaders), SEED + 1, Math.ceil(RUNS / 4));
    console.log(`fuzz: ${done} (editor), ${writes} of them answered with data`);
    // Else the next test, that the seed graph is untouched, would prove nothing.
    expect(writes, replay(FILE)).toBeGreaterThan(0);
  }, 900_000);

  it('answers concurrent edits of the same entities with no internal error', async () => {
    const setup = async () => {
      await apps[0]!.db.write('edit/delete-entity', { id: RACE_NEW_ID });
      for (const id of RACE_GROUPS) {
        const result = await gql(apps[0]!, RACE_SETUP, { id }, editorHeaders);
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      }
    };
    const check = () => kindLabelProblems(driver);
    const cleanBefore = clean;
    const done = await fuzz(concurrentEditArb(editorHeaders), SEED + 2, Math.ceil(RUNS / 12), {
      setup,
      check,
    });
    console.log(`fuzz: ${done} (concurrent edits), ${clean - cleanBefore} acknowledged`);
    // Else every edit may have been refused, and no race was run at all.
    expect(clean - cleanBefore, replay(FILE)).toBeGreaterThan(0);
  }, 900_000);

  it('leaves the seed graph as it was, apart from what the editor created', async () => {
    expect(await kindLabelProblems(driver)).toEqual([]);
    const changes = compare(before!, await snapshot(driver));
    expect(changes.changed, changes.changed.slice(0, 5).join('\n')).toEqual([]);
    // Derived from stored texts, not asserted by anyone: LSH band index nodes, their links, and
    // the near-copy links computed between the editor's sources.
    const derived = /^\[(\["TextBand"\]|"IN_BAND"|"DUPLICATE_OF")/;
    const foreign = changes.added.filter(
      (e) => !e.includes(`"createdBy":"${TEST_EDITOR}"`) && !derived.test(e),
    );
    expect(foreign, foreign.slice(0, 5).join('\n')).toEqual([]);
    console.log(`fuzz: the editor run left ${changes.added.length} new nodes and relationships`);
    await restore(driver, before!);
    expect(compare(before!, await snapshot(driver))).toEqual({ changed: [], added: [] });
  });
});
