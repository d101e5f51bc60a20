/**
 * Roles against the real server: every kind of mutation, for each role (table-driven). A VIEWER's
 * write is FORBIDDEN (HTTP 403), names the role needed and changes nothing; EDITOR and ADMIN
 * write. With ACTORGRAPH_READ_REQUIRES_TOKEN every GraphQL request needs a token (introspection
 * too), while the probes stay open. `me` names the caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, testConfig, type TestApp } from '../../support/app.js';
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

const TOKENS = {
  VIEWER: 'viewer-token-0123456789abcdef',
  EDITOR: 'editor-token-0123456789abcdef',
  ADMIN: 'admin-token-0123456789abcdef0',
} as const;
type RoleName = keyof typeof TOKENS;
const headers = (role: RoleName) => ({ authorization: `Bearer ${TOKENS[role]}` });
const ACTORGRAPH_TOKENS = `vera:viewer:${TOKENS.VIEWER},eddie:EDITOR:${TOKENS.EDITOR},ada:admin:${TOKENS.ADMIN}`;

const ADD_SOURCE = 'mutation S($input: SourceInput!) { addSource(input: $input) { created } }';
const SAVE = 'mutation V($input: InvestigationInput!) { saveInvestigation(input: $input) { id } }';
const DELETE_INVESTIGATION = 'mutation D($id: ID!) { deleteInvestigation(id: $id) }';
const VIEW = {
  expanded: ['is-k'],
  kept: [],
  hidden: [],
  pinned: [],
  positions: [],
  trace: null,
  selected: null,
  filters: { hiddenKinds: [], hiddenTypes: [], hiddenStatuses: [], window: null, asOf: null },
  layout: 'fcose',
  notes: [],
};
const evidence = [{ source: 'src-insider-2022-04', quote: 'a quote' }];

let app: TestApp;
let test: TestEntities;
beforeAll(async () => {
  app = await startTestApp(testConfig({ ACTORGRAPH_TOKENS }));
  test = new TestEntities(app);
});
afterAll(async () => {
  await test?.cleanUp();
  await app?.close();
});

/** One call of each kind of mutation, on fresh entities made by the test editor. */
async function attempts(role: RoleName) {
  const r = role.toLowerCase();
  const a = (await test.group(`${r}-a`)).id;
  const b = (await test.group(`${r}-b`)).id;
  const c = (await test.group(`${r}-c`)).id;
  const link = (await test.relation('ALLY_OF', a, b)).id;
  const saved = await test.edit<{ saveInvestigation: { id: string } }>(SAVE, {
    input: { name: `roles ${role} ${test.id('inv')}`, state: VIEW },
  });
  const kinds: [string, string, Record<string, unknown>][] = [
    ['upsertEntity', UPSERT, { input: { id: test.id(`${r}-new`), kind: 'Group', name: 'New' } }],
    ['addRelation', ADD_RELATION, { input: { type: 'RIVAL_OF', from: a, to: c, evidence } }],
    ['addEvidence', ADD_EVIDENCE, { relationId: link, evidence }],
    ['deleteRelation', DELETE_RELATION, { id: link }],
    ['mergeEntities', MERGE, { keepId: a, mergeId: c }],
    [
      'addSource',
      ADD_SOURCE,
      { input: { id: test.id(`${r}-src`), title: 'Roles', text: `A text for ${role}.` } },
    ],
    ['saveInvestigation', SAVE, { input: { name: `roles ${test.id(r)}`, state: VIEW } }],
    ['deleteInvestigation', DELETE_INVESTIGATION, { id: saved.saveInvestigation.id }],
  ];
  return { ids: [a, b, c], investigation: saved.saveInvestigation.id, kinds };
}

describe('each role, each kind of mutation', () => {
  it('a VIEWER is FORBIDDEN every write, told the role needed, and nothing changes', async () => {
    const { ids, investigation, kinds } = await attempts('VIEWER');
    const before = await graphState(app, ids);
    for (const [name, query, variables] of kinds) {
      const result = await gql(app, query, variables, headers('VIEWER'));
      expect(result.status, name).toBe(403);
      expect(expectError(result, 'FORBIDDEN').message).toBe(
        `Mutation ${name} needs the EDITOR role; the token of "vera" has VIEWER.`,
      );
    }
    expect(await graphState(app, ids)).toEqual(before);
    await test.edit(DELETE_INVESTIGATION, { id: investigation });
  });

  it.each(['EDITOR', 'ADMIN'] as const)('an %s runs every kind', async (role) => {
    const { kinds } = await attempts(role);
    for (const [name, query, variables] of kinds) {
      const result = await gql<Record<string, unknown>>(app, query, variables, headers(role));
      expect(result.errors, `${name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      expect(result.data?.[name], name).toBeTruthy();
      if (name === 'saveInvestigation') {
        const { id } = result.data!.saveInvestigation as { id: string };
        await test.edit(DELETE_INVESTIGATION, { id });
      }
    }
  });

  it('me names the caller and its role, and is null for an anonymous one', async () => {
    const ME = '{ me { name role } }';
    expect((await gql(app, ME)).data).toEqual({ me: { name: null, role: null } });
    for (const [role, name] of [
      ['VIEWER', 'vera'],
      ['EDITOR', 'eddie'],
      ['ADMIN', 'ada'],
    ] as const) {
      expect((await gql(app, ME, {}, headers(role))).data).toEqual({ me: { name, role } });
    }
  });
});

describe('ACTORGRAPH_READ_REQUIRES_TOKEN=true', () => {
  let closed: TestApp;
  beforeAll(async () => {
    closed = await startTestApp(
      testConfig({ ACTORGRAPH_TOKENS, ACTORGRAPH_READ_REQUIRES_TOKEN: 'true' }),
    );
  });
  afterAll(async () => closed?.close());

  it.each([
    ['a query', '{ entity(id: "is-k") { id } }'],
    ['introspection', '{ __schema { queryType { name } } }'],
    ['me', '{ me { name } }'],
  ])('%s without a token is UNAUTHENTICATED, with a viewer token answers', async (_l, query) => {
    const anonymous = await gql(closed, query);
    expect(anonymous.status).toBe(401);
    expect(anonymous).not.toHaveProperty('data.entity');
    expectError(anonymous, 'UNAUTHENTICATED');
    const viewer = await gql(closed, query, {}, headers('VIEWER'));
    expect(viewer.errors).toBeUndefined();
    expect(viewer.status).toBe(200);
  });

  it('a GET of a query needs the token too; the probes stay open', async () => {
    const get = await fetch(`${closed.graphqlUrl}?query=${encodeURIComponent('{ me { name } }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(get.status).toBe(401);
    expect((await fetch(`${closed.url}/health`)).status).toBe(200);
  });
});
