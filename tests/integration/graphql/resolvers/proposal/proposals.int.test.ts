/**
 * From an article to reviewed facts, against the real Neo4j: a fixture article added with
 * addSource yields the mentions and proposals of its key; accepting writes the relation with
 * verified evidence (again: nothing changes; two at once: one relation); rejecting takes it out of
 * the queue; a second article with another toll of a known attack adds a second casualty report;
 * a near-copy is flagged; bad inputs are refused naming the field.
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
import { ADD_RELATION, TestEntities, UPSERT } from '../../../../support/graphql/test-entities.js';
import {
  fixtureKey,
  fixtureText,
  type KeyArticle,
  type KeyProposal,
  offsetOf,
} from '../../../../support/ingest/fixture-key.js';

const ADD_SOURCE = `mutation AddSource($input: SourceInput!) {
  addSource(input: $input) { created source { id } duplicates { source { id } } }
}`;

const ANALYSIS = `query Analysis($id: ID!) {
  entity(id: $id) { ... on Source {
    mentions { entity { id } text offset kind score }
    proposals { ...P }
  } }
}
fragment P on Proposal {
  id state type status quote offset score decidedBy reason
  source { id }
  from { entity { id } name kind } to { entity { id } name kind }
  casualties { killed wounded qualifier }
}`;

const QUEUE = `query Queue($state: ProposalStatus, $source: ID) {
  proposals(state: $state, source: $source, first: 100) { totalCount edges { node { id state } } }
}`;

const ACCEPT = `mutation Accept($id: ID!, $edit: ProposalEdit) {
  acceptProposal(id: $id, edit: $edit) {
    id type status createdBy updatedAt from { id } to { id }
    evidence { source { id } quote verified offset }
  }
}`;

const REJECT = `mutation Reject($id: ID!, $reason: String) {
  rejectProposal(id: $id, reason: $reason) { id state reason decidedBy }
}`;

const REPORTS = `query Reports($id: ID!) {
  entity(id: $id) { ... on Attack { casualtyReports { source { id } killed wounded qualifier quote } } }
}`;

interface End {
  entity: { id: string } | null;
  name: string;
  kind: string;
}
interface Proposal {
  id: string;
  state: string;
  type: string;
  status: string | null;
  quote: string;
  offset: number;
  score: number;
  decidedBy: string | null;
  from: End;
  to: End;
  casualties: { killed: number | null; wounded: number | null; qualifier: string | null } | null;
}
interface Analysis {
  mentions: {
    entity: { id: string } | null;
    text: string;
    offset: number;
    kind: string | null;
    score: number;
  }[];
  proposals: Proposal[];
}
interface Relation {
  id: string;
  createdBy: string;
  updatedAt: string;
  evidence: { source: { id: string }; quote: string; verified: boolean; offset: number | null }[];
}

const key = fixtureKey();
let app: TestApp;
let test: TestEntities;
/** Key → entity id of this run. */
const ids = new Map<string, string>();
/** Article file → source id of this run. */
const sources = new Map<string, string>();

const edit = <T>(query: string, variables: Record<string, unknown>) =>
  gql<T>(app, query, variables, editorHeaders);

async function addArticle(article: KeyArticle, text = fixtureText(article.file)) {
  const id = test.id(article.file.replace('.txt', ''));
  const result = await edit<{ addSource: { source: { id: string } } }>(ADD_SOURCE, {
    input: { id, title: article.file, text, date: article.date },
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  sources.set(article.file, id);
  return result;
}

async function analysis(file: string): Promise<Analysis> {
  const result = await gql<{ entity: Analysis }>(app, ANALYSIS, { id: sources.get(file) });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.entity;
}

/** The key of an end as the key names it: an entity key, else the new name. */
const endKey = (end: End) =>
  [...ids].find(([, id]) => id === end.entity?.id)?.[0] ?? (end.entity ? end.entity.id : end.name);

const describeProposal = (p: KeyProposal) => `${p.type} ${p.from} → ${p.to}`;

/** The proposal of `file` that stands for `expected` (type and both ends). */
async function proposalFor(file: string, expected: KeyProposal): Promise<Proposal> {
  const { proposals } = await analysis(file);
  const found = proposals.find(
    (p) => `${p.type} ${endKey(p.from)} → ${endKey(p.to)}` === describeProposal(expected),
  );
  expect(found, `${describeProposal(expected)} in ${JSON.stringify(proposals)}`).toBeDefined();
  return found!;
}

const [bombing, toll] = key.articles as [KeyArticle, KeyArticle];
const proposalOf = (article: KeyArticle, type: string) =>
  article.proposals.find((p) => p.type === type)!;

beforeAll(async () => {
  // A generous query timeout: the machine running the tests may be heavily loaded.
  app = await startTestApp(testConfig({ ...MANY_CLIENTS, QUERY_TIMEOUT_MS: '120000' }));
  test = new TestEntities(app);
  for (const entity of key.entities) {
    const id = test.id(`ingest-${entity.key}`);
    ids.set(entity.key, id);
    const fields = Object.fromEntries(Object.entries(entity).filter(([name]) => name !== 'key'));
    const input = {
      ...fields,
      id,
      evidence: [{ source: 'src-insider-2022-04', quote: `about ${entity.name}` }],
    };
    const result = await edit(UPSERT, { input });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  }
  for (const relation of key.relations) {
    const input = {
      type: relation.type,
      from: ids.get(relation.from),
      to: ids.get(relation.to),
      evidence: [{ source: 'src-insider-2022-04', quote: `${relation.from} ${relation.type}` }],
    };
    const result = await edit(ADD_RELATION, { input });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  }
  await addArticle(bombing);
});
afterAll(async () => {
  await app?.db.write('proposal/delete-of-sources', { sources: [...sources.values()] });
  await test?.cleanUp();
  await app?.close();
});

describe('addSource reads the article', () => {
  it('finds every name of the key at its place, variants with a score below 1', async () => {
    const text = fixtureText(bombing.file);
    const { mentions } = await analysis(bombing.file);
    const known = mentions.filter((m) => m.entity && [...ids.values()].includes(m.entity.id));
    const expected = bombing.mentions.map((m) => ({
      entity: ids.get(m.entity),
      text: m.text,
      offset: offsetOf(text, m.text, m.occurrence),
      variant: m.variant ?? false,
    }));
    expect(
      known.map((m) => ({
        entity: m.entity!.id,
        text: m.text,
        offset: m.offset,
        variant: m.score < 1,
      })),
    ).toEqual(expected.sort((a, b) => a.offset - b.offset));
    for (const m of mentions) expect(text.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
  });

  it('proposes the relations of the key between known entities, each quoting its sentence', async () => {
    const text = fixtureText(bombing.file);
    const { proposals } = await analysis(bombing.file);
    const known = new Set(ids.keys());
    const expected = bombing.proposals.filter((p) => known.has(p.from) && known.has(p.to));
    const between = proposals.filter((p) => p.from.entity && p.to.entity);
    expect(between.map((p) => `${p.type} ${endKey(p.from)} → ${endKey(p.to)}`).sort()).toEqual(
      expected.map(describeProposal).sort(),
    );
    for (const p of proposals) {
      expect(p.state).toBe('PENDING');
      expect(text.slice(p.offset, p.offset + p.quote.length)).toBe(p.quote);
    }
    for (const e of expected) {
      const p = await proposalFor(bombing.file, e);
      if (e.status) expect(p.status).toBe(e.status);
      if (e.killed !== undefined)
        expect(p.casualties).toMatchObject({ killed: e.killed, wounded: e.wounded });
    }
  });
});

describe('acceptProposal', () => {
  it('writes the relation with verified evidence and records who accepted it', async () => {
    const p = await proposalFor(bombing.file, proposalOf(bombing, 'LEADER_OF'));
    const result = await edit<{ acceptProposal: Relation }>(ACCEPT, { id: p.id });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const relation = result.data!.acceptProposal;
    expect(relation).toMatchObject({
      type: 'LEADER_OF',
      createdBy: 'test-editor',
      from: { id: ids.get('tessaly') },
      to: { id: ids.get('vlf') },
    });
    expect(relation.evidence).toEqual([
      {
        source: { id: sources.get(bombing.file) },
        quote: p.quote,
        verified: true,
        offset: p.offset,
      },
    ]);
    const after = await proposalFor(bombing.file, proposalOf(bombing, 'LEADER_OF'));
    expect(after).toMatchObject({ state: 'ACCEPTED', decidedBy: 'test-editor' });

    // Accepting again changes nothing.
    const again = await edit<{ acceptProposal: Relation }>(ACCEPT, { id: p.id });
    expect(again.errors).toBeUndefined();
    expect(again.data!.acceptProposal).toEqual(relation);
  });

  it('ends as one relation with one evidence when two reviewers accept at once', async () => {
    const p = await proposalFor(bombing.file, proposalOf(bombing, 'ALLY_OF'));
    const results = await Promise.all(
      [0, 1].map(() => edit<{ acceptProposal: Relation }>(ACCEPT, { id: p.id })),
    );
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const [a, b] = results.map((r) => r.data!.acceptProposal);
    expect(a!.id).toBe(b!.id);
    const links = await test.links(ids.get('vlf')!);
    const allies = links.filter((l) => l.type === 'ALLY_OF' && l.to.id === ids.get('korvath'));
    expect(allies).toHaveLength(1);
    expect(allies[0]!.evidence).toHaveLength(1);
  });

  it('takes another type the vocabulary allows, and refuses one it forbids naming edit.type', async () => {
    const p = await proposalFor(bombing.file, proposalOf(bombing, 'CLAIMED'));
    const forbidden = await edit(ACCEPT, { id: p.id, edit: { type: 'LEADER_OF' } });
    expectBadInput(forbidden, ['edit', 'type']);
    const unknown = await edit(ACCEPT, { id: p.id, edit: { type: 'FUNDED' } });
    expectBadInput(unknown, ['edit', 'type']);
    const status = await edit(ACCEPT, { id: p.id, edit: { status: 'rumoured' } });
    expectBadInput(status, ['edit', 'status']);
    const missing = await edit(ACCEPT, { id: p.id, edit: { from: test.id('no-such-entity') } });
    expectError(missing, 'NOT_FOUND');
    const changed = await edit<{ acceptProposal: Relation }>(ACCEPT, {
      id: p.id,
      edit: { type: 'PERPETRATED', status: 'reported' },
    });
    expect(changed.errors, JSON.stringify(changed.errors)).toBeUndefined();
    expect(changed.data!.acceptProposal).toMatchObject({ type: 'PERPETRATED', status: 'reported' });
  });

  it('refuses an unknown id (NOT_FOUND) and a reader without a token', async () => {
    expectError(await edit(ACCEPT, { id: 'proposal-none' }), 'NOT_FOUND');
    expectError(await edit(REJECT, { id: 'proposal-none' }), 'NOT_FOUND');
    const p = await proposalFor(bombing.file, proposalOf(bombing, 'CLASHED_WITH'));
    expectError(await gql(app, ACCEPT, { id: p.id }), 'UNAUTHENTICATED');
    expectError(await gql(app, REJECT, { id: p.id }), 'UNAUTHENTICATED');
  });
});

describe('rejectProposal', () => {
  it('takes the proposal out of the queue with the reason, and it can no longer be accepted', async () => {
    const source = sources.get(bombing.file);
    const p = await proposalFor(bombing.file, proposalOf(bombing, 'CLASHED_WITH'));
    const queued = await gql<{ proposals: { edges: { node: { id: string } }[] } }>(app, QUEUE, {
      source,
    });
    expect(queued.data!.proposals.edges.map((e) => e.node.id)).toContain(p.id);
    const result = await edit<{ rejectProposal: { state: string; reason: string } }>(REJECT, {
      id: p.id,
      reason: 'the army, not the state',
    });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data!.rejectProposal).toMatchObject({
      state: 'REJECTED',
      reason: 'the army, not the state',
      decidedBy: 'test-editor',
    });
    const pending = await gql<{ proposals: { edges: { node: { id: string } }[] } }>(app, QUEUE, {
      source,
    });
    expect(pending.data!.proposals.edges.map((e) => e.node.id)).not.toContain(p.id);
    const rejected = await gql<{ proposals: { edges: { node: { id: string } }[] } }>(app, QUEUE, {
      source,
      state: 'REJECTED',
    });
    expect(rejected.data!.proposals.edges.map((e) => e.node.id)).toEqual([p.id]);
    expectError(await edit(ACCEPT, { id: p.id }), 'CONFLICT');
  });
});

describe('a second article on a known attack', () => {
  it('matches the attack and keeps its other toll as a second casualty report', async () => {
    const attack = ids.get('attack')!;
    const first = await proposalFor(bombing.file, proposalOf(bombing, 'OCCURRED_IN'));
    expect((await edit(ACCEPT, { id: first.id })).errors).toBeUndefined();
    await addArticle(toll);
    const second = await proposalFor(toll.file, proposalOf(toll, 'OCCURRED_IN'));
    expect(second.from.entity?.id).toBe(attack);
    const accepted = await edit<{ acceptProposal: Relation }>(ACCEPT, { id: second.id });
    expect(accepted.errors, JSON.stringify(accepted.errors)).toBeUndefined();
    // The relation existed before both articles: each acceptance added its evidence.
    expect(accepted.data!.acceptProposal.evidence.map((e) => e.source.id).sort()).toEqual(
      ['src-insider-2022-04', sources.get(bombing.file), sources.get(toll.file)].sort(),
    );
    const result = await gql<{ entity: { casualtyReports: Record<string, unknown>[] } }>(
      app,
      REPORTS,
      { id: attack },
    );
    const reports = result.data!.entity.casualtyReports.map((r) => ({
      source: (r.source as { id: string }).id,
      killed: r.killed,
      wounded: r.wounded,
    }));
    expect(reports.sort((a, b) => a.source.localeCompare(b.source))).toEqual(
      [
        { source: sources.get(bombing.file)!, killed: 56, wounded: 120 },
        { source: sources.get(toll.file)!, killed: 61, wounded: 130 },
      ].sort((a, b) => a.source.localeCompare(b.source)),
    );
  });

  it('flags a near-copy of an article when it is added', async () => {
    const text = fixtureText(bombing.file).replace('on Wednesday', 'on Thursday');
    const id = test.id('near-copy');
    const result = await edit<{ addSource: { duplicates: { source: { id: string } }[] } }>(
      ADD_SOURCE,
      { input: { id, title: 'Copy', text, date: bombing.date } },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    sources.set('near-copy', id);
    expect(result.data!.addSource.duplicates.map((d) => d.source.id)).toContain(
      sources.get(bombing.file),
    );
  });

  // A merge deletes the merged source through the same statement (writes/merge-records.ts).
  it('takes a deleted source’s proposals out of the queue, which still reads', async () => {
    const id = sources.get('near-copy')!;
    type Queue = { proposals: { totalCount: number } };
    const before = await gql<Queue>(app, QUEUE, { state: 'PENDING', source: id });
    expect(before.data!.proposals.totalCount).toBeGreaterThan(0);
    await app.db.write('edit/delete-entity', { id });
    const after = await gql<Queue>(app, QUEUE, { state: 'PENDING', source: id });
    expect(after.data!.proposals.totalCount).toBe(0);
    const all = await gql<Queue>(app, QUEUE, { state: 'PENDING' });
    expect(all.errors, JSON.stringify(all.errors)).toBeUndefined();
  });
});

describe('the name index', () => {
  it('follows entity changes: the same text added again finds a name created since, decisions kept', async () => {
    const text = fixtureText(bombing.file);
    const before = await analysis(bombing.file);
    expect(before.mentions.find((m) => m.text === 'Elena Ward')?.entity ?? null).toBeNull();
    const id = test.id('elena-ward');
    const created = await edit(UPSERT, { input: { id, kind: 'Person', name: 'Elena Ward' } });
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const again = await edit<{ addSource: { created: boolean; source: { id: string } } }>(
      ADD_SOURCE,
      { input: { title: 'Again', text, date: bombing.date } },
    );
    expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
    expect(again.data!.addSource).toMatchObject({
      created: false,
      source: { id: sources.get(bombing.file) },
    });
    const after = await analysis(bombing.file);
    expect(after.mentions.find((m) => m.text === 'Elena Ward')).toMatchObject({
      entity: { id },
      offset: offsetOf(text, 'Elena Ward'),
      kind: 'Person',
      score: 1,
    });
    const leader = await proposalFor(bombing.file, proposalOf(bombing, 'LEADER_OF'));
    expect(leader.state).toBe('ACCEPTED');
  });
});
