/**
 * Fuzzing with an oracle that knows the answer: entity(id) for seed ids, search for seed names and
 * aliases in any letter case, ids no seed uses, picked at random (seed printed, FUZZ_SEED replays)
 * and sent in concurrent batches. The right answers come from the seed files, not from the server.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { FUZZ_SEED, replay } from '../../support/fuzz/fuzz-seed.js';
import { knownRequestArb, seedEntities } from '../../support/fuzz/known-answers.js';
import { type FuzzResponse, problemsOf, wrongAnswer } from '../../support/fuzz/oracle.js';

const FILE = 'tests/integration/http/fuzz-answers.int.test.ts';
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const BATCH = 8;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  console.log(`fuzz answers: seed ${FUZZ_SEED}; replay: ${replay(FILE)}`);
});
afterAll(async () => {
  await app?.close();
});

async function send(body: string | undefined, headers: Record<string, string>) {
  const response = await fetch(app.graphqlUrl, { method: 'POST', headers, body });
  const answer: FuzzResponse = {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
  return answer;
}

describe('fuzzing /graphql with known answers', () => {
  it('answers entity and search requests as the seed files say', async () => {
    const entities = seedEntities();
    expect(entities.length).toBeGreaterThan(0);
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(knownRequestArb(entities), { minLength: BATCH, maxLength: BATCH }),
        async (batch) => {
          const answers = await Promise.all(batch.map((r) => send(r.body, r.headers)));
          const problems = batch.flatMap((request, i) => {
            const answer = answers[i]!;
            const wrong = wrongAnswer(request.expected, answer);
            return [...problemsOf(request, answer), ...(wrong ? [wrong] : [])].map(
              (problem) => `${problem}\n  body: ${request.body}`,
            );
          });
          checked += batch.length;
          expect(problems, `${problems.join('\n')}\n${replay(FILE)}`).toEqual([]);
        },
      ),
      { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`fuzz answers: ${checked} answers checked against the seed files`);
    expect(checked).toBe(RUNS * BATCH);
  }, 600_000);
});
