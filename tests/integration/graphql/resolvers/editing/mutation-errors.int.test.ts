/**
 * Mutations that must fail: each bad input is BAD_USER_INPUT naming the field in
 * `extensions.argumentPath`, missing things are NOT_FOUND, clashes are CONFLICT, and none of it
 * changes the graph. Callers without a valid token: mutation-auth.int.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editorHeaders, gql, startTestApp, type TestApp } from '../../../../support/app.js';
import {
  expectBadInput,
  expectError,
  expectInvalidValue,
} from '../../../../support/graphql/expect-error.js';
import {
  ADD_EVIDENCE,
  ADD_RELATION,
  DELETE_RELATION,
  graphCounts,
  graphState,
  MERGE,
  TestEntities,
  UPSERT,
} from '../../../../support/graphql/test-entities.js';

let app: TestApp;
let test: TestEntities;
/** Two test groups and a link between them, made before the failures are tried. */
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
// Nothing half-written: after each failed mutation, whatever order the tests run in.
afterEach(async () => {
  expect(await graphState(app, [a, b])).toEqual(before);
});
afterAll(async () => {
  await test.cleanUp();
  await app.close();
});

const evidence = [{ source: 'src-insider-2022-04', quote: 'a quote' }];
/** Stands for `a` in the tables below, which are built before `a` exists. */
const SAME_AS_FROM = 'same-as-from';
const upsert = (input: Record<string, unknown>) =>
  gql(
    app,
    UPSERT,
    { input: { id: test.id('never'), kind: 'Group', name: 'Never', ...input } },
    editorHeaders,
  );
const addRelation = (input: Record<string, unknown>) =>
  gql(
    app,
    ADD_RELATION,
    { input: { type: 'RIVAL_OF', from: a, to: b, evidence, ...input } },
    editorHeaders,
  );
const addEvidence = (variables: Record<string, unknown>) =>
  gql(app, ADD_EVIDENCE, { relationId: link, evidence, ...variables }, editorHeaders);
const merge = (keepId: string, mergeId: string) =>
  gql(app, MERGE, { keepId, mergeId }, editorHeaders);
/** Entities counted per kind label, summed. */
const kindTotal = async () =>
  ((await graphCounts(app)) as { kinds: { count: number }[] }).kinds.reduce(
    (sum, k) => sum + k.count,
    0,
  );

describe('bad input is BAD_USER_INPUT naming the field', () => {
  it.each([
    ['a malformed id', { id: 'Bad Id' }, ['input', 'id']],
    ['an id of 121 characters', { id: 'a'.repeat(121) }, ['input', 'id']],
    ['an empty name', { name: '' }, ['input', 'name']],
    ['a blank name', { name: '   ' }, ['input', 'name']],
    ['a name of 301 characters', { name: 'n'.repeat(301) }, ['input', 'name']],
    ['an empty alias', { aliases: ['fine', ''] }, ['input', 'aliases', 1]],
    [
      'a description of 5001 characters',
      { description: 'd'.repeat(5001) },
      ['input', 'description'],
    ],
    [
      'a place type outside the vocabulary',
      { kind: 'Place', placeType: 'planet' },
      ['input', 'placeType'],
    ],
    [
      'an organization type outside the vocabulary',
      { kind: 'Organization', orgType: 'cartel' },
      ['input', 'orgType'],
    ],
    ['an iso2 code in lower case', { kind: 'State', iso2: 'af' }, ['input', 'iso2']],
    [
      'evidence citing an unknown source',
      { evidence: [{ source: 'no-such-source', quote: 'q' }] },
      ['input', 'evidence', 0, 'source'],
    ],
    [
      'evidence citing a group as its source',
      { evidence: [{ source: 'is-k', quote: 'q' }] },
      ['input', 'evidence', 0, 'source'],
    ],
    [
      'evidence citing a malformed source id',
      { evidence: [{ source: "src' OR 1=1", quote: 'q' }] },
      ['input', 'evidence', 0, 'source'],
    ],
    [
      'an empty quote',
      { evidence: [...evidence, { source: 'src-insider-2022-04', quote: ' ' }] },
      ['input', 'evidence', 1, 'quote'],
    ],
    [
      'a quote of 1001 characters',
      { evidence: [{ source: 'src-insider-2022-04', quote: 'q'.repeat(1001) }] },
      ['input', 'evidence', 0, 'quote'],
    ],
    ['a NUL in the name', { name: 'IS\u0000K' }, ['input', 'name']],
    ['an escape character in the name', { name: 'IS\u001b[31mK' }, ['input', 'name']],
    ['a line feed in the name', { name: 'IS\nK' }, ['input', 'name']],
    ['a right-to-left override in the name', { name: '\u202eK-SI' }, ['input', 'name']],
    [
      'a directional isolate in an alias',
      { aliases: ['ok', 'IS\u2066K'] },
      ['input', 'aliases', 1],
    ],
    ['a NUL in the description', { description: 'a\u0000b' }, ['input', 'description']],
    [
      'a NUL in a quote',
      { evidence: [{ source: 'src-insider-2022-04', quote: 'a\u0000quote' }] },
      ['input', 'evidence', 0, 'quote'],
    ],
    [
      'a right-to-left override in a quote',
      { evidence: [{ source: 'src-insider-2022-04', quote: 'a \u202equote' }] },
      ['input', 'evidence', 0, 'quote'],
    ],
    ['a javascript: URL', { kind: 'Source', url: 'javascript:alert(1)' }, ['input', 'url']],
    ['a data: URL', { kind: 'Source', url: 'data:text/html,<b>x</b>' }, ['input', 'url']],
    ['a relative URL', { kind: 'Source', url: '/etc/passwd' }, ['input', 'url']],
  ])('upsertEntity: %s', async (_label, input, path) => {
    expectBadInput(await upsert(input), path);
  });

  it('names the character it refuses', async () => {
    const error = expectBadInput(await upsert({ name: 'IS\u202eK' }), ['input', 'name']);
    expect(error.message).toBe('input.name contains U+202E (a bidirectional override or isolate).');
  });

  it.each([
    [
      'an injection attempt as type',
      { type: 'ALLY_OF]->(x) DETACH DELETE x //' },
      ['input', 'type'],
    ],
    ['a type outside the vocabulary', { type: 'REPORTED_BY' }, ['input', 'type']],
    ['a type in lower case', { type: 'ally_of' }, ['input', 'type']],
    ['a type that does not link two groups', { type: 'LEADER_OF' }, ['input', 'type']],
    [
      'a type that does not link a group to a place',
      { type: 'OCCURRED_IN', to: 'kabul' },
      ['input', 'type'],
    ],
    [
      'a community as the one who threatens',
      { type: 'THREATENS', from: 'hazara' },
      ['input', 'type'],
    ],
    ['a group as the one killed (KILLED ends at a person)', { type: 'KILLED' }, ['input', 'type']],
    ['a malformed from', { from: 'A B' }, ['input', 'from']],
    ['a malformed to', { to: "b'}) DETACH DELETE (n" }, ['input', 'to']],
    ['the same entity at both ends', { to: SAME_AS_FROM }, ['input', 'to']],
    ['a status outside the vocabulary', { status: 'rumoured' }, ['input', 'status']],
    ['until before since', { since: '2022', until: '2021' }, ['input', 'until']],
    [
      'until before since, within one month',
      { since: '2021-06-15', until: '2021-06-01' },
      ['input', 'until'],
    ],
    ['no evidence', { evidence: [] }, ['input', 'evidence']],
    [
      'evidence citing an unknown source',
      { evidence: [{ source: 'no-such-source', quote: 'q' }] },
      ['input', 'evidence', 0, 'source'],
    ],
    [
      'an empty quote',
      { evidence: [{ source: 'src-insider-2022-04', quote: '' }] },
      ['input', 'evidence', 0, 'quote'],
    ],
  ])('addRelation: %s', async (_label, input: Record<string, unknown>, path) => {
    expectBadInput(
      await addRelation(input.to === SAME_AS_FROM ? { ...input, to: a } : input),
      path,
    );
  });

  it.each([
    ['no evidence', { evidence: [] }, ['evidence']],
    [
      'evidence citing an unknown source',
      { evidence: [{ source: 'no-such-source', quote: 'q' }] },
      ['evidence', 0, 'source'],
    ],
    [
      'an empty quote',
      { evidence: [{ source: 'src-insider-2022-04', quote: '' }] },
      ['evidence', 0, 'quote'],
    ],
  ])('addEvidence: %s', async (_label, variables, path) => {
    expectBadInput(await addEvidence(variables), path);
  });

  it('mergeEntities: the same entity twice, two kinds, malformed ids', async () => {
    expectBadInput(await merge(a, a), ['mergeId']);
    expectBadInput(await merge(a, 'kabul'), ['mergeId']);
    expectBadInput(await merge('Not An Id', a), ['keepId']);
    expectBadInput(await merge(a, ''), ['mergeId']);
  });

  it('invalid dates are rejected before anything runs', async () => {
    const since = await gql(
      app,
      ADD_RELATION,
      { input: { type: 'RIVAL_OF', from: a, to: b, since: '2021-13', evidence } },
      editorHeaders,
    );
    expect(expectInvalidValue(since, '2021-13').message).toContain('since');
    const date = await gql(
      app,
      UPSERT,
      { input: { id: test.id('dated'), kind: 'Attack', name: 'x', date: '2021-02-30' } },
      editorHeaders,
    );
    expect(expectInvalidValue(date, '2021-02-30').message).toContain('date');
  });
});

describe('missing things are NOT_FOUND, clashes are CONFLICT', () => {
  it('addRelation to or from an unknown entity', async () => {
    expect(expectError(await addRelation({ to: 'no-such-entity' }), 'NOT_FOUND').message).toContain(
      'no-such-entity',
    );
    expectError(await addRelation({ from: 'no-such-entity' }), 'NOT_FOUND');
  });

  it.each(['no-such~ALLY_OF~relation', '', "x' OR 1=1 //", 'is-k~ALLY_OF~taliban~1999'])(
    'addEvidence and deleteRelation of %j',
    async (id) => {
      expectError(await addEvidence({ relationId: id }), 'NOT_FOUND');
      expectError(await gql(app, DELETE_RELATION, { id }, editorHeaders), 'NOT_FOUND');
    },
  );

  it('mergeEntities with an unknown entity', async () => {
    expectError(await merge(a, 'no-such-entity'), 'NOT_FOUND');
    expectError(await merge('no-such-entity', a), 'NOT_FOUND');
  });

  it('upsertEntity with the id of an entity of another kind', async () => {
    expect(expectError(await upsert({ id: 'is-k', kind: 'Person' }), 'CONFLICT').message).toContain(
      'is-k',
    );
    expectError(await upsert({ id: a, kind: 'Organization' }), 'CONFLICT');
  });

  it('upsertEntity of one new id as four kinds at once: one is created, three are CONFLICT', async () => {
    const id = test.id('one-id-four-kinds');
    const kindsBefore = await kindTotal();
    try {
      const results = await Promise.all(
        ['Group', 'Person', 'Place', 'Organization'].map((kind) => upsert({ id, kind })),
      );
      const created = results.filter((result) => !result.errors);
      expect(created).toHaveLength(1);
      for (const refused of results.filter((result) => result.errors))
        expectError(refused, 'CONFLICT');
      // One node with one kind label: a node with four would count once per kind.
      expect(await kindTotal()).toBe(kindsBefore + 1);
    } finally {
      await app.db.write('edit/delete-entity', { id });
    }
  });

  it('addRelation of a link that exists', async () => {
    expect(expectError(await addRelation({ type: 'ALLY_OF' }), 'CONFLICT').message).toContain(link);
  });
});
