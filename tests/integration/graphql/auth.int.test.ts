/**
 * Changing the graph needs a valid editor token: without one, every mutation is UNAUTHENTICATED
 * (HTTP 401), the token is never echoed, and nothing is written. Reads need no token.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editorHeaders, gql, startTestApp, type TestApp } from '../../support/app.js';
import { expectError } from '../../support/graphql/expect-error.js';
import {
  ADD_EVIDENCE,
  ADD_RELATION,
  DELETE_RELATION,
  graphState,
  MERGE,
  TestEntities,
  UPSERT,
} from '../../support/graphql/test-entities.js';

const WRONG_TOKEN = 'not-the-editor-token-0000000000';

let app: TestApp;
let test: TestEntities;
let a: string;
let b: string;
let link: string;
let before: unknown;

beforeAll(async () => {
  app = await startTestApp();
  test = new TestEntities(app);
  a = (await test.group('a')).id;
  b = (await test.group('b')).id;
  link = (await test.relation('ALLY_OF', a, b)).id;
  before = await graphState(app, [a, b]);
});
// Nothing was written, checked after each test so that it holds whatever order they run in.
afterEach(async () => {
  expect(await graphState(app, [a, b])).toEqual(before);
  const ENTITY = 'query Entity($id: ID!) { entity(id: $id) { id } }';
  expect((await gql(app, ENTITY, { id: test.id('anonymous') })).data).toEqual({ entity: null });
});
afterAll(async () => {
  await test.cleanUp();
  await app.close();
});

const evidence = [{ source: 'src-insider-2022-04', quote: 'a quote' }];

/** One call of each mutation, each of which would change the graph if it were allowed. */
const attempts = () =>
  [
    ['upsertEntity', UPSERT, { input: { id: test.id('anonymous'), kind: 'Group', name: 'Anon' } }],
    ['addRelation', ADD_RELATION, { input: { type: 'RIVAL_OF', from: a, to: b, evidence } }],
    ['addEvidence', ADD_EVIDENCE, { relationId: link, evidence }],
    ['mergeEntities', MERGE, { keepId: a, mergeId: b }],
    ['deleteRelation', DELETE_RELATION, { id: link }],
  ] as const;

describe('without a valid editor token', () => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: `Bearer ${WRONG_TOKEN}` }],
    ['an empty bearer token', { authorization: 'Bearer ' }],
    ['another scheme', { authorization: 'Basic dGVzdC1lZGl0b3I6c2VjcmV0' }],
    ['the token with something appended', { authorization: `${editorHeaders.authorization}x` }],
  ])('every mutation is UNAUTHENTICATED with %s', async (_label, header) => {
    for (const [name, query, variables] of attempts()) {
      const result = await gql(app, query, variables, header);
      expect(result.status, name).toBe(401);
      expect(expectError(result, 'UNAUTHENTICATED').message).not.toContain(WRONG_TOKEN);
    }
  });

  it('a wrong token is refused even for reads; no token reads fine', async () => {
    const query = '{ entity(id: "is-k") { id } }';
    const wrong = await gql(app, query, {}, { authorization: `Bearer ${WRONG_TOKEN}` });
    expect(wrong.status).toBe(401);
    expectError(wrong, 'UNAUTHENTICATED');
    expect(await gql(app, query)).toMatchObject({ status: 200, data: { entity: { id: 'is-k' } } });
  });
});
