/**
 * Quotes verified when they are written (addRelation, addEvidence, upsertEntity) against the real
 * Neo4j: a quote of a source with text must occur in it, is stored as the text's own span with its
 * offset and context; one that does not occur is refused with the closest passage; a source
 * without text takes quotes unverified.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorHeaders, gql, startTestApp, type TestApp } from '../../../../support/app.js';
import { expectBadInput } from '../../../../support/graphql/expect-error.js';
import { graphState, TestEntities, UPSERT } from '../../../../support/graphql/test-entities.js';
import { relations } from '../../../../support/graphql/seed-graph.js';

const dispatch = readFileSync(
  new URL('../../../../fixtures/sources/dispatch.txt', import.meta.url),
  'utf8',
);
const SHARE_LINE = 'Share this article: Facebook | Twitter | Email';

const ADD_SOURCE = `mutation AddSource($input: SourceInput!) {
  addSource(input: $input) { source { id } }
}`;

const EVIDENCE = 'evidence { source { id } quote verified offset context }';
const ADD_RELATION = `mutation AddRelation($input: RelationInput!) {
  addRelation(input: $input) { id ${EVIDENCE} }
}`;
const ADD_EVIDENCE = `mutation AddEvidence($relationId: ID!, $evidence: [EvidenceInput!]!) {
  addEvidence(relationId: $relationId, evidence: $evidence) { id ${EVIDENCE} }
}`;
const UPSERT_VERIFIED = `mutation Upsert($input: EntityInput!) {
  upsertEntity(input: $input) { id ${EVIDENCE} }
}`;
const RELATION_EVIDENCE = `query Links($id: ID!) {
  neighborhood(id: $id) { relations { id ${EVIDENCE} } }
}`;

interface Evidence {
  source: { id: string };
  quote: string;
  verified: boolean;
  offset: number | null;
  context: string | null;
}

let app: TestApp;
let test: TestEntities;
let sourceId: string;
let text: string;
beforeAll(async () => {
  app = await startTestApp();
  test = new TestEntities(app);
  sourceId = test.id('dispatch');
  text = `${dispatch}(${sourceId})\n`;
  await test.edit(ADD_SOURCE, {
    input: { id: sourceId, title: 'Harbour Dispatch', text, excludedPassages: [SHARE_LINE] },
  });
});
afterAll(async () => {
  await test.cleanUp();
  await app.close();
});

let pairs = 0;
async function relate(quote: string, source = sourceId) {
  pairs += 1;
  const [a, b] = [await test.group(`a-${pairs}`), await test.group(`b-${pairs}`)];
  const input = { type: 'RIVAL_OF', from: a.id, to: b.id, evidence: [{ source, quote }] };
  return {
    ids: [a.id, b.id],
    result: await gql<{ addRelation: { id: string; evidence: Evidence[] } }>(
      app,
      ADD_RELATION,
      { input },
      editorHeaders,
    ),
  };
}

describe('a quote of a source with text', () => {
  it('is accepted verbatim, with its offset and the sentence around it', async () => {
    const quote = 'both had trained with the brigade in the northern hills since 2021';
    const { result } = await relate(quote);
    expect(result.errors).toBeUndefined();
    const [evidence] = result.data!.addRelation.evidence;
    expect(evidence).toMatchObject({ quote, verified: true, offset: text.indexOf(quote) });
    expect(evidence!.context).toBe(
      'Police chief Ilse Varn said two of the attackers had been identified from camera footage, and that both had trained with the brigade in the northern hills since 2021.',
    );
  });

  it('is accepted with other whitespace, straight quote marks and hyphens, stored as the exact span', async () => {
    const typed = `the brigade's fighters were 40-50 kilometres   away at the time - a claim the provincial\npolice rejected as "a story for children"`;
    const exact =
      'the brigade’s fighters were 40–50 kilometres away at the time — a claim the provincial police rejected as “a story for children”';
    const { result } = await relate(typed);
    expect(result.errors).toBeUndefined();
    const [evidence] = result.data!.addRelation.evidence;
    expect(evidence).toMatchObject({ quote: exact, verified: true, offset: text.indexOf(exact) });
    // Read back in a later request: stored as the span, not as typed.
    const links = await gql<{
      neighborhood: { relations: { id: string; evidence: Evidence[] }[] };
    }>(app, RELATION_EVIDENCE, { id: result.data!.addRelation.id.split('~')[0] });
    const stored = links.data!.neighborhood.relations.find(
      (r) => r.id === result.data!.addRelation.id,
    );
    expect(stored!.evidence.map((e) => e.quote)).toEqual([exact]);
  });

  it('with a word changed is refused at its argument path, offering the closest passage, and nothing is written', async () => {
    const quote = 'both had trained with the brigade in the southern hills since 2021';
    const a = await test.group('changed-a');
    const b = await test.group('changed-b');
    const before = await graphState(app, [a.id, b.id]);
    const input = {
      type: 'RIVAL_OF',
      from: a.id,
      to: b.id,
      evidence: [
        { source: sourceId, quote: 'The Lantern Brigade said on Sunday' },
        { source: sourceId, quote },
      ],
    };
    const error = expectBadInput(await gql(app, ADD_RELATION, { input }, editorHeaders), [
      'input',
      'evidence',
      1,
      'quote',
    ]);
    expect(error.message).toContain('input.evidence[1].quote');
    expect(error.message).toContain('does not occur verbatim');
    expect(error.message).toContain(
      'did you mean "both had trained with the brigade in the northern hills since 2021."',
    );
    expect(error.extensions?.didYouMean).toBe(
      'both had trained with the brigade in the northern hills since 2021.',
    );
    expect(await graphState(app, [a.id, b.id])).toEqual(before);
  });

  it('offers no passage when nothing in the text is like the quote', async () => {
    const { result } = await relate('entirely unrelated words about tariffs and rainfall');
    const error = expectBadInput(result, ['input', 'evidence', 0, 'quote']);
    expect(error.message).not.toContain('did you mean');
    expect(error.extensions?.didYouMean).toBeUndefined();
  });

  it('is refused when it spans an excluded passage', async () => {
    const quote = `${SHARE_LINE} The Lantern Brigade said on Sunday`;
    expect(text.replace(/\s+/g, ' ')).toContain(quote);
    const { result } = await relate(quote);
    const error = expectBadInput(result, ['input', 'evidence', 0, 'quote']);
    expect(error.message).toContain('excluded as page furniture or spam');
  });

  it('is verified by addEvidence and upsertEntity too', async () => {
    const { result } = await relate('three guards were wounded');
    const relationId = result.data!.addRelation.id;
    const more = await gql<{ addEvidence: { evidence: Evidence[] } }>(
      app,
      ADD_EVIDENCE,
      { relationId, evidence: [{ source: sourceId, quote: 'Its spokesman, Oren Malik' }] },
      editorHeaders,
    );
    expect(more.errors).toBeUndefined();
    const added = more.data!.addEvidence.evidence.find((e) => e.quote.startsWith('Its spokesman'));
    expect(added).toMatchObject({ verified: true, offset: text.indexOf('Its spokesman') });
    const wrong = await gql(
      app,
      ADD_EVIDENCE,
      { relationId, evidence: [{ source: sourceId, quote: 'Its spokesman, Oren Malek' }] },
      editorHeaders,
    );
    expect(expectBadInput(wrong, ['evidence', 0, 'quote']).message).toContain(
      'did you mean "Its spokesman, Oren Malik,"',
    );

    const id = test.id('lantern');
    const input = {
      id,
      kind: 'Group',
      name: 'Lantern Brigade',
      evidence: [{ source: sourceId, quote: 'The Lantern Brigade said on Sunday' }],
    };
    const upserted = await gql<{ upsertEntity: { evidence: Evidence[] } }>(
      app,
      UPSERT_VERIFIED,
      { input },
      editorHeaders,
    );
    expect(upserted.errors).toBeUndefined();
    expect(upserted.data!.upsertEntity.evidence[0]).toMatchObject({
      verified: true,
      offset: text.indexOf('The Lantern Brigade said'),
    });
    const refused = await gql(
      app,
      UPSERT,
      {
        input: {
          ...input,
          evidence: [{ source: sourceId, quote: 'The Lantern Army said on Sunday' }],
        },
      },
      editorHeaders,
    );
    expectBadInput(refused, ['input', 'evidence', 0, 'quote']);
  });
});

describe('a quote of a source without text', () => {
  it('is accepted as given, unverified, without offset or context', async () => {
    const id = test.id('url-only');
    await test.edit(UPSERT, {
      input: { id, kind: 'Source', name: 'Only a link', url: 'https://example.org/report' },
    });
    const { result } = await relate('words nobody can check', id);
    expect(result.errors).toBeUndefined();
    expect(result.data!.addRelation.evidence).toEqual([
      {
        source: { id },
        quote: 'words nobody can check',
        verified: false,
        offset: null,
        context: null,
      },
    ]);
  });
});

describe('the seed graph', () => {
  it('has every quote verified, with the offset curation stored', async () => {
    const relation = relations.find((r) => r.evidence.length > 0)!;
    const links = await gql<{
      neighborhood: { relations: { id: string; evidence: Evidence[] }[] };
    }>(app, RELATION_EVIDENCE, { id: relation.from });
    const all = links.data!.neighborhood.relations.flatMap((r) => r.evidence);
    expect(all.length).toBeGreaterThan(0);
    for (const evidence of all.filter((e) => !e.source.id.startsWith('test-'))) {
      expect(evidence.verified, evidence.quote).toBe(true);
      expect(evidence.offset, evidence.quote).toBeGreaterThanOrEqual(0);
      // The run loads the seeds without their articles: no text to show around the quote.
      expect(evidence.context).toBeNull();
    }
  });
});
