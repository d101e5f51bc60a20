/**
 * Saved investigations against the real Neo4j: save, list, reopen, update, delete; the inputs they
 * refuse (each naming its field); saves racing on one version (one wins, the others get CONFLICT,
 * nothing acknowledged is lost); and that an investigation is not an entity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorHeaders,
  gql,
  MANY_CLIENTS,
  startTestApp,
  testConfig,
  type TestApp,
} from '../../../../support/app.js';
import { expectBadInput, expectError } from '../../../../support/graphql/expect-error.js';

const SAVE = `mutation Save($input: InvestigationInput!) {
  saveInvestigation(input: $input) { id name notes state version createdBy updatedBy }
}`;
const GET = `query Get($id: ID!) { investigation(id: $id) { id name notes state version } }`;
const LIST = `query List($first: Int, $after: String) {
  investigations(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name version state } }
  }
}`;
interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Saved }[];
}
const DELETE = `mutation Delete($id: ID!) { deleteInvestigation(id: $id) }`;

interface Saved {
  id: string;
  name: string;
  notes: string;
  state: Record<string, unknown>;
  version: number;
  createdBy?: string;
}

/** A view as the explorer saves it. */
function view(overrides: Record<string, unknown> = {}) {
  return {
    expanded: ['is-k'],
    kept: ['taliban'],
    hidden: ['pakistan'],
    pinned: [{ id: 'is-k', x: 10, y: -20 }],
    positions: [
      { id: 'is-k', x: 10, y: -20 },
      { id: 'taliban', x: 140.5, y: 33.25 },
    ],
    trace: null,
    selected: 'is-k~RIVAL_OF~taliban',
    filters: {
      hiddenKinds: ['State'],
      hiddenTypes: [],
      hiddenStatuses: ['alleged'],
      window: { from: '2020-01', to: '2022-06' },
      asOf: null,
    },
    layout: 'fcose',
    notes: [
      { target: 'is-k', text: 'Check the 2021 claims, "again", line\nbreak.' },
      { target: 'is-k~RIVAL_OF~taliban', text: 'Rivalry since 2015.' },
    ],
    ...overrides,
  };
}

let app: TestApp;
const created = new Set<string>();

async function save(
  input: Record<string, unknown>,
  headers: Record<string, string> = editorHeaders,
) {
  const result = await gql<{ saveInvestigation: Saved }>(app, SAVE, { input }, headers);
  if (result.data?.saveInvestigation) created.add(result.data.saveInvestigation.id);
  return result;
}

beforeAll(async () => {
  app = await startTestApp(testConfig(MANY_CLIENTS));
});
afterAll(async () => {
  for (const id of created) await gql(app, DELETE, { id }, editorHeaders);
  await app.close();
});

describe('saving and reopening', () => {
  it('creates, reopens without a token, updates with the version read, lists and deletes', async () => {
    const first = await save({ name: '  IS-K rivals  ', notes: 'Start here.', state: view() });
    expect(first.errors).toBeUndefined();
    const saved = first.data!.saveInvestigation;
    expect(saved).toMatchObject({ name: 'IS-K rivals', notes: 'Start here.', version: 1 });
    expect(saved.id).toMatch(/^inv-is-k-rivals-[0-9a-f]{8}$/);
    expect(saved.createdBy).toBe('test-editor');

    // Anyone with read access reopens it: no token.
    const reopened = await gql<{ investigation: Saved }>(app, GET, { id: saved.id });
    expect(reopened.data?.investigation.state).toEqual(view());

    const moved = view({ positions: [{ id: 'is-k', x: 500, y: 600 }] });
    const second = await save({
      id: saved.id,
      name: 'IS-K rivals',
      state: moved,
      expectedVersion: 1,
    });
    expect(second.data?.saveInvestigation.version).toBe(2);
    const again = await gql<{ investigation: Saved }>(app, GET, { id: saved.id });
    expect(again.data?.investigation.state).toEqual(moved);
    expect(again.data?.investigation.notes).toBe('');

    const list = await gql<{ investigations: { edges: { node: Saved }[]; totalCount: number } }>(
      app,
      LIST,
      { first: 100 },
    );
    const listed = list.data?.investigations.edges.find((e) => e.node.id === saved.id);
    // The list leaves the view out of its query; asked for, it is read for the row.
    expect(listed?.node.state).toEqual(moved);

    expect((await gql(app, DELETE, { id: saved.id }, editorHeaders)).data).toEqual({
      deleteInvestigation: saved.id,
    });
    expect((await gql(app, GET, { id: saved.id })).data).toEqual({ investigation: null });
    expectError(await gql(app, DELETE, { id: saved.id }, editorHeaders), 'NOT_FOUND');
  });

  it('pages the list newest first without repeating or skipping', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const result = await save({ name: `Paging ${n}`, state: view() });
      ids.push(result.data!.saveInvestigation.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: { data?: { investigations: Connection } } = await gql(app, LIST, {
        first: 2,
        after,
      });
      const connection: Connection = page.data!.investigations;
      total = connection.totalCount;
      seen.push(...connection.edges.map((e) => e.node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(seen.length);
    // Newest first: the three saved here come in reverse order of saving.
    expect(seen.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
  });

  it('is not an entity: search, entity() and counts do not see it', async () => {
    const name = `Zzyzx investigation ${Date.now()}`;
    const before = await gql<{ counts: unknown }>(app, '{ counts { kinds { kind count } } }');
    const { id } = (await save({ name, state: view() })).data!.saveInvestigation;
    const after = await gql<{ counts: unknown }>(app, '{ counts { kinds { kind count } } }');
    expect(after.data).toEqual(before.data);
    const found = await gql<{ search: unknown[]; entity: unknown }>(
      app,
      'query($t: String!, $id: ID!) { search(text: $t) { id } entity(id: $id) { id } }',
      { t: 'Zzyzx', id },
    );
    expect(found.data).toEqual({ search: [], entity: null });
  });
});

describe('bad inputs', () => {
  const cases: [string, Record<string, unknown>, (string | number)[]][] = [
    ['an empty name', { name: '   ', state: view() }, ['input', 'name']],
    ['a 201-character name', { name: 'x'.repeat(201), state: view() }, ['input', 'name']],
    ['a name with a control character', { name: 'a\u0007b', state: view() }, ['input', 'name']],
    ['a malformed id', { id: 'Not An Id', name: 'n', state: view() }, ['input', 'id']],
    [
      'notes of 20 001 characters',
      { name: 'n', notes: 'x'.repeat(20_001), state: view() },
      ['input', 'notes'],
    ],
    [
      'a negative expectedVersion',
      { id: 'inv-neg', name: 'n', state: view(), expectedVersion: -1 },
      ['input', 'expectedVersion'],
    ],
    [
      'a position that is not a number',
      { name: 'n', state: view({ positions: [{ id: 'is-k', x: 'a', y: 1 }] }) },
      ['input', 'state', 'positions', 0, 'x'],
    ],
    [
      'a pinned node with a malformed id',
      { name: 'n', state: view({ pinned: [{ id: 'IS K', x: 1, y: 1 }] }) },
      ['input', 'state', 'pinned', 0, 'id'],
    ],
    [
      'a field the view does not have',
      { name: 'n', state: { ...view(), script: 'x' } },
      ['input', 'state'],
    ],
    [
      'a view without filters',
      { name: 'n', state: { ...view(), filters: undefined } },
      ['input', 'state', 'filters'],
    ],
    [
      'an empty note',
      { name: 'n', state: view({ notes: [{ target: 'is-k', text: '' }] }) },
      ['input', 'state', 'notes', 0, 'text'],
    ],
    [
      'a note on a malformed target',
      { name: 'n', state: view({ notes: [{ target: 'DROP TABLE', text: 'x' }] }) },
      ['input', 'state', 'notes', 0, 'target'],
    ],
    [
      'a bad time window',
      {
        name: 'n',
        state: view({ filters: { ...view().filters, window: { from: '2020-13', to: '2021-01' } } }),
      },
      ['input', 'state', 'filters', 'window', 'from'],
    ],
  ];
  it.each(cases)('refuses %s, naming the field', async (_what, input, path) => {
    const error = expectBadInput(await save(input), path);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('refuses a view over 128 KiB, naming input.state and its size', async () => {
    const positions = Array.from({ length: 2000 }, (_, i) => ({
      id: `node-${i}-with-a-long-identifier`,
      x: i + 0.123456789,
      y: -i - 0.987654321,
    }));
    const error = expectBadInput(await save({ name: 'big', state: view({ positions }) }), [
      'input',
      'state',
    ]);
    expect(error.message).toMatch(/is \d+ bytes as JSON; a saved view has at most 131072/);
  });

  it('refuses a state that is not an object', async () => {
    const result = await save({ name: 'n', state: [1, 2] });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('JSONObject must be an object');
  });

  it('refuses a bad cursor naming `after`', async () => {
    expectBadInput(await gql(app, LIST, { after: 'nonsense' }), ['after']);
  });

  it('needs an editor token to save or delete (UNAUTHENTICATED), not to read', async () => {
    expectError(await save({ name: 'anonymous', state: view() }, {}), 'UNAUTHENTICATED');
    expectError(await gql(app, DELETE, { id: 'inv-anything' }), 'UNAUTHENTICATED');
    expect((await gql(app, LIST, { first: 1 })).errors).toBeUndefined();
  });
});

describe('concurrent saves', () => {
  it('of one version: exactly one wins, the others get CONFLICT, the winner is what is stored', async () => {
    const { id } = (await save({ name: 'Race', state: view() })).data!.saveInvestigation;
    let version = 1;
    for (let round = 0; round < 5; round += 1) {
      const states = [0, 1, 2, 3].map((k) =>
        view({ positions: [{ id: 'is-k', x: round * 10 + k, y: k }] }),
      );
      const results = await Promise.all(
        states.map((state) => save({ id, name: 'Race', state, expectedVersion: version })),
      );
      const won = results.filter((r) => r.data?.saveInvestigation);
      const lost = results.filter((r) => r.errors);
      expect(won, JSON.stringify(results)).toHaveLength(1);
      expect(lost).toHaveLength(3);
      for (const r of lost)
        expect(expectError(r, 'CONFLICT').message).toContain(`version ${version + 1}`);
      version += 1;
      const winner = won[0]!.data!.saveInvestigation;
      expect(winner.version).toBe(version);
      const stored = await gql<{ investigation: Saved }>(app, GET, { id });
      expect(stored.data?.investigation).toMatchObject({ version, state: winner.state });
    }
  });

  it('creating one id twice at once: one creates, the other gets CONFLICT', async () => {
    const id = `inv-race-${Date.now()}`;
    created.add(id);
    const results = await Promise.all(
      [1, 2, 3].map((k) => save({ id, name: `Create ${k}`, state: view() })),
    );
    expect(results.filter((r) => r.data?.saveInvestigation)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expectError(r, 'CONFLICT');
    expect(
      (await gql<{ investigation: Saved }>(app, GET, { id })).data?.investigation.version,
    ).toBe(1);
  });

  it('a save without expectedVersion never overwrites an existing investigation', async () => {
    const { id } = (await save({ name: 'Keep', state: view() })).data!.saveInvestigation;
    expectError(
      await save({ id, name: 'Overwrite', state: view({ layout: 'concentric' }) }),
      'CONFLICT',
    );
    const stored = await gql<{ investigation: Saved }>(app, GET, { id });
    expect(stored.data?.investigation).toMatchObject({ name: 'Keep', version: 1 });
  });
});
