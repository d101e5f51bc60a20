/**
 * Persisted operations on the real server, with the manifest `npm run persisted` writes from the
 * explorer's own operations: in persisted-only mode the explorer's requests (document + hash, as
 * client/src/api/client.ts sends them) run, and nothing else does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Operation, requestBody } from '../../../client/src/api/client.js';
import { toSavedView } from '../../../client/src/graph/saved-view.js';
import { emptyViewState } from '../../../client/src/graph/view-state.js';
import { explorerOperations, manifestOf } from '../../../scripts/persisted-operations.js';
import { entityWrite } from '../../../server/src/domain/graph-write.js';
import { candidateWrite } from '../../../server/src/importers/event-writes.js';
import { editorHeaders, gql, startTestApp, testConfig, type TestApp } from '../../support/app.js';
import { reviewArticle } from '../../support/graphql/review-article.js';
import { TestEntities } from '../../support/graphql/test-entities.js';
import { type PageServer, startPageServer } from '../../support/http/page-server.js';

const SAVED_ID = `persisted-check-${process.pid}`;
// The editing operations write a throwaway group linked to IS-K, deleted again by DeleteRelation.
const EDITED_ID = `persisted-check-group-${process.pid}`;
// Merged into EDITED_ID by MergeEntities; the pair of EDITED_ID and IS-K is dismissed.
const MERGED_ID = `persisted-check-twin-${process.pid}`;
const CANDIDATE = candidateWrite('Group', EDITED_ID, { id: 'is-k', score: 0.8, reason: 'check' });
const QUOTE = {
  source: 'src-insider-2022-04',
  quote: 'ISIS-K — a rival of the Taliban — is essentially looking for ways',
};

/** Variables as the explorer sends them, for every one of its operations. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  Search: { text: 'isk', kinds: null, first: 10 },
  Entity: { id: 'is-k' },
  EntityDetails: { id: 'is-k', first: 500 },
  Neighborhood: { id: 'is-k', depth: 1, first: 150 },
  Paths: { from: 'ttp', to: 'is-k', first: 5 },
  Timeline: { groupIds: ['is-k'] },
  SourceText: { id: 'src-insider-2022-04' },
  Vocabulary: {},
  Me: {},
  AttackTable: {
    filter: { groupIds: ['is-k'] },
    first: 5,
    orderBy: { field: 'KILLED', direction: 'DESC' },
  },
  CommonNeighbors: { a: 'is-k', b: 'taliban' },
  MapAttacks: { groupIds: ['is-k'], first: 100, after: null },
  Ranking: { by: 'DEGREE', kinds: ['Group'], first: 5 },
  Investigations: { first: 5 },
  Investigation: { id: SAVED_ID },
  SaveInvestigation: {
    input: {
      id: SAVED_ID,
      name: 'Persisted operations check',
      // The explorer's own saved form of a view with IS-K opened and placed.
      state: toSavedView(
        { ...emptyViewState(), expanded: ['is-k'] },
        [{ id: 'is-k', x: 0, y: 0 }],
        new Map([['is-k', 'Checked by the persisted-operations test.']]),
      ),
    },
  },
  UpsertEntity: { input: { id: EDITED_ID, kind: 'Group', name: 'Persisted check group' } },
  AddRelation: {
    input: { type: 'RIVAL_OF', from: EDITED_ID, to: 'is-k', evidence: [QUOTE] },
  },
  AddEvidence: { relationId: `${EDITED_ID}~RIVAL_OF~is-k`, evidence: [QUOTE] },
  DeleteRelation: { id: `${EDITED_ID}~RIVAL_OF~is-k` },
  DuplicateCandidates: { entity: null, first: 5 },
  MergePreview: { keepId: 'kunduz-province', mergeId: 'kunduz' },
  MergeEntities: { keepId: EDITED_ID, mergeId: MERGED_ID },
  DismissDuplicateCandidate: { id: CANDIDATE.id },
  // The review workbench's: filled in by beforeAll (a source, its proposals, a page to fetch).
  AddSource: {
    input: {
      title: 'Persisted check',
      text: `A pasted note of the persisted check ${Date.now()}.`,
    },
  },
};
/**
 * Mutations need an editor's token, as in the explorer; they run first, in this order (a link
 * before its evidence, a save before Investigation reads it back).
 */
const WRITES = [
  'UpsertEntity',
  'AddRelation',
  'AddEvidence',
  'DeleteRelation',
  'SaveInvestigation',
  'MergeEntities',
  'DismissDuplicateCandidate',
  'AddSource',
  'FetchSource',
  'AcceptProposal',
  'RejectProposal',
];

const dir = mkdtempSync(path.join(tmpdir(), 'actorgraph-persisted-'));
const manifest = path.join(dir, 'persisted-operations.json');
let operations: Operation<unknown, unknown>[];
let only: TestApp;
let listed: TestApp;
let plain: TestApp;
let pages: PageServer;
let made: TestEntities;
const sources: string[] = [];

/** A source with proposals to review and a page to fetch, for the workbench's operations. */
async function reviewVariables(): Promise<void> {
  made = new TestEntities(plain);
  const article = await reviewArticle(made);
  const added = await made.edit<{ addSource: { source: { id: string } } }>(
    'mutation($input: SourceInput!) { addSource(input: $input) { source { id } } }',
    { input: { title: article.title, text: article.text } },
  );
  const id = added.addSource.source.id;
  const read = await gql<{ entity: { proposals: { id: string }[] } }>(
    plain,
    'query($id: ID!) { entity(id: $id) { ... on Source { proposals { id } } } }',
    { id },
  );
  const [accept, reject] = read.data!.entity.proposals;
  VARIABLES.SourceReview = { id };
  VARIABLES.AcceptProposal = { id: accept!.id };
  VARIABLES.RejectProposal = { id: reject!.id };
  const paragraph = `A page of the persisted check (${Date.now()}), long enough to be an article. `;
  pages = await startPageServer({
    '/page': [
      'text/html',
      `<html><body><article><p>${paragraph.repeat(5)}</p></article></body></html>`,
    ],
  });
  VARIABLES.FetchSource = { url: `${pages.url}/page` };
  sources.push(id);
}

beforeAll(async () => {
  operations = await explorerOperations();
  writeFileSync(manifest, JSON.stringify(manifestOf(operations)));
  only = await startTestApp(
    testConfig({
      ACTORGRAPH_PERSISTED_OPERATIONS: manifest,
      ACTORGRAPH_PERSISTED_ONLY: 'true',
      // About which documents run, not about timeouts or admission: a loaded machine is slow.
      QUERY_TIMEOUT_MS: '60000',
      ADMISSION_WAIT_MS: '60000',
      // FetchSource reads a page of the test's own server on 127.0.0.1.
      FETCH_ALLOW_PRIVATE_ADDRESSES: 'true',
    }),
  );
  listed = await startTestApp(testConfig({ ACTORGRAPH_PERSISTED_OPERATIONS: manifest }));
  // Adding the workbench's entities and source waits for database turns on a loaded machine.
  plain = await startTestApp(testConfig({ QUERY_TIMEOUT_MS: '60000' }));
  const now = new Date().toISOString();
  await plain.db.write('edit/upsert-entities', {
    entities: [entityWrite({ id: MERGED_ID, kind: 'Group', name: 'Persisted check twin' })],
    editor: 'persisted-check',
    now,
  });
  await plain.db.write('import/record-candidates', {
    candidates: [CANDIDATE],
    editor: 'persisted-check',
    now,
  });
  await reviewVariables();
});
afterAll(async () => {
  await plain?.db.write('edit/delete-entity', { id: EDITED_ID });
  await plain?.db.write('edit/delete-entity', { id: MERGED_ID });
  await post(
    plain,
    JSON.stringify({
      query: 'mutation ($id: ID!) { deleteInvestigation(id: $id) }',
      variables: { id: SAVED_ID },
    }),
    editorHeaders,
  );
  for (const id of sources) await plain.db.write('edit/delete-entity', { id });
  await made?.cleanUp();
  await pages?.close();
  await Promise.all([only, listed, plain].map((app) => app?.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function post(app: TestApp, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...headers,
    },
    body,
  });
  const payload = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: response.status, ...payload };
}

const hashOnly = (hash: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const vocabulary = () => operations.find((op) => op.name === 'Vocabulary')!;
const UNKNOWN_HASH = 'f'.repeat(64);
const ARBITRARY = JSON.stringify({ query: '{ counts { kinds { kind count } } }' });

describe('persisted-only mode', () => {
  it('runs every operation of the explorer, as the explorer sends it', async () => {
    expect(operations.map((op) => op.name).sort()).toEqual(Object.keys(VARIABLES).sort());
    const rank = (name: string) => (WRITES.includes(name) ? WRITES.indexOf(name) : WRITES.length);
    const ordered = [...operations].sort((a, b) => rank(a.name) - rank(b.name));
    for (const op of ordered) {
      const headers = WRITES.includes(op.name) ? editorHeaders : {};
      const result = await post(only, requestBody(op, VARIABLES[op.name]), headers);
      expect(result.errors, `${op.name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      expect(result.status).toBe(200);
      expect(result.data).toEqual(expect.any(Object));
      // The sources the workbench's operations added, removed afterwards.
      const added = Object.values(result.data ?? {})[0] as { source?: { id?: string } } | null;
      if (op.name === 'AddSource' || op.name === 'FetchSource') sources.push(added!.source!.id!);
    }
  }, 300_000); // a bound on hanging: many operations, writes and source reads among them

  it('runs an operation named by its hash alone', async () => {
    const result = await post(only, hashOnly(vocabulary().hash));
    expect(result.status).toBe(200);
    expect(result.data).toHaveProperty('vocabulary.kinds', expect.arrayContaining(['Group']));
  });

  it('refuses any other document with 400 PERSISTED_QUERY_ONLY', async () => {
    const result = await post(only, ARBITRARY);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      {
        message: expect.stringContaining('runs only persisted operations'),
        extensions: { code: 'PERSISTED_QUERY_ONLY' },
      },
    ]);
  });

  it('runs the listed document for a hash, not the document sent with it', async () => {
    const body = JSON.parse(requestBody(vocabulary(), {})) as Record<string, unknown>;
    body.query = '{ counts { kinds { kind count } } }';
    delete body.operationName;
    const result = await post(only, JSON.stringify(body));
    expect(result.status).toBe(200);
    expect(Object.keys(result.data ?? {})).toEqual(['vocabulary']);
  });

  it('names an unknown hash, with or without a document, as PERSISTED_QUERY_NOT_FOUND', async () => {
    const withDocument = JSON.stringify({
      ...JSON.parse(ARBITRARY),
      extensions: { persistedQuery: { version: 1, sha256Hash: UNKNOWN_HASH } },
    });
    for (const body of [hashOnly(UNKNOWN_HASH), withDocument]) {
      const result = await post(only, body);
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(result.errors?.[0]?.message).toContain(UNKNOWN_HASH);
    }
  });
});

describe('persisted operations alongside documents', () => {
  it('runs listed hashes and any document', async () => {
    expect((await post(listed, hashOnly(vocabulary().hash))).data).toHaveProperty('vocabulary');
    expect((await post(listed, ARBITRARY)).data).toHaveProperty('counts');
    const unknown = await post(listed, hashOnly(UNKNOWN_HASH));
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('asks for a query or a hash when a request has neither', async () => {
    const result = await post(listed, JSON.stringify({ variables: {} }));
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(result.errors?.[0]?.message).toContain('Send a query, or extensions.persistedQuery');
  });

  it('without a manifest, runs the explorer’s requests by their document', async () => {
    const result = await post(plain, requestBody(vocabulary(), {}));
    expect(result.errors).toBeUndefined();
    expect(result.data).toHaveProperty('vocabulary');
  });
});
