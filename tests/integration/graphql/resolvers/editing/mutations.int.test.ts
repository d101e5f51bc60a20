/**
 * The editing mutations as an editor uses them: create and update entities, link them with
 * evidence, add evidence, delete a link. Merges are in merge-entities.int.test.ts; failures in
 * mutation-errors.int.test.ts and mutation-auth.int.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { editorHeaders, gql, TEST_EDITOR } from '../../../../support/app.js';
import { callOn, editAfter } from '../../../../support/graphql/concurrent-edit.js';
import { expectError } from '../../../../support/graphql/expect-error.js';
import { DUPLICATE, relations } from '../../../../support/graphql/seed-graph.js';
import {
  ADD_EVIDENCE,
  ADD_RELATION,
  DELETE_RELATION,
  type EntityOut,
  graphCounts,
  kindCount,
  MERGE,
  type RelationOut,
  relationTotal,
  useTestEntities,
  UPSERT,
} from '../../../../support/graphql/test-entities.js';

const env = useTestEntities();

const HOP = `query Hop($from: ID!, $to: ID!, $asOf: Date) {
  shortestPath(from: $from, to: $to, maxHops: 1, asOf: $asOf) { length }
}`;

describe('upsertEntity', () => {
  it('creates an entity and records who created it and when', async () => {
    const groupsBefore = await kindCount(env.app, 'Group');
    const id = env.test.id('created');
    const input = {
      id,
      kind: 'Group',
      name: 'Test Front of Upsert',
      aliases: ['TFU', 'Upsert Front'],
      description: 'made by the API tests',
      evidence: [
        {
          source: 'src-insider-2022-04',
          quote: 'ISIS-K made its presence known in the region in 2015',
        },
      ],
    };
    const { upsertEntity } = await env.test.edit<{ upsertEntity: EntityOut }>(UPSERT, { input });
    expect(upsertEntity).toMatchObject({
      id,
      kind: 'Group',
      name: input.name,
      aliases: input.aliases,
      description: input.description,
    });
    expect(upsertEntity).toMatchObject({ createdBy: TEST_EDITOR, updatedBy: TEST_EDITOR });
    expect(Number.isNaN(Date.parse(upsertEntity.createdAt!))).toBe(false);
    expect(upsertEntity.updatedAt).toBe(upsertEntity.createdAt);
    expect(upsertEntity.evidence).toEqual([
      { source: { id: 'src-insider-2022-04' }, quote: input.evidence[0]!.quote },
    ]);

    expect(await env.test.entity(id)).toMatchObject({ ...upsertEntity, degree: 0 });
    expect(await kindCount(env.app, 'Group')).toBe(groupsBefore + 1);
    const { search } = await env.test.edit<{ search: { id: string }[] }>(
      '{ search(text: "upsert front", kinds: [Group]) { id } }',
    );
    expect(search[0]?.id).toBe(id);
  });

  it('updates only the fields given, keeps who created it, and records who updated it', async () => {
    const created = await env.test.group('updated', {
      aliases: ['Old Alias'],
      description: 'first description',
    });
    const { upsertEntity } = await env.test.edit<{ upsertEntity: EntityOut }>(UPSERT, {
      input: {
        id: created.id,
        kind: 'Group',
        name: 'Renamed test group',
        evidence: [{ source: 'src-asia-times-2024-10-29', quote: 'second quote' }],
      },
    });
    expect(upsertEntity).toMatchObject({
      name: 'Renamed test group',
      aliases: ['Old Alias'],
      description: 'first description',
      createdBy: TEST_EDITOR,
      createdAt: created.createdAt,
      updatedBy: TEST_EDITOR,
    });
    expect(upsertEntity.updatedAt! >= created.createdAt!).toBe(true);
    expect(upsertEntity.evidence.map((e) => e.quote)).toEqual([
      ...created.evidence.map((e) => e.quote),
      'second quote',
    ]);

    // The same evidence again is not stored twice.
    const again = await env.test.edit<{ upsertEntity: EntityOut }>(UPSERT, {
      input: {
        id: created.id,
        kind: 'Group',
        name: 'Renamed test group',
        evidence: [{ source: 'src-asia-times-2024-10-29', quote: 'second quote' }],
      },
    });
    expect(again.upsertEntity.evidence).toHaveLength(upsertEntity.evidence.length);
  });

  it('stores the fields of a kind: a dated Attack is found by the attack filter', async () => {
    const id = env.test.id('attack');
    await env.test.edit(UPSERT, {
      input: { id, kind: 'Attack', name: 'Test attack', date: '1999-12', attackType: 'test' },
    });
    const { attacks } = await env.test.edit<{
      attacks: { totalCount: number; edges: { node: { id: string; date: string } }[] };
    }>(
      '{ attacks(filter: { from: "1999-12-31", to: "1999-12-31" }) { totalCount edges { node { id ... on Attack { date } } } } }',
    );
    expect(attacks).toEqual({ totalCount: 1, edges: [{ node: { id, date: '1999-12' } }] });
  });
});

describe('addRelation, addEvidence and deleteRelation', () => {
  let a: string;
  let b: string;
  beforeAll(async () => {
    a = (await env.test.group('left')).id;
    b = (await env.test.group('right')).id;
  });

  it('adds a typed link with its evidence, validity and author', async () => {
    const totalBefore = await relationTotal(env.app);
    const relation = await env.test.relation('ALLY_OF', a, b, 'they cooperate', {
      status: 'reported',
      since: '2020',
      until: '2021-06',
      evidence: [
        { source: DUPLICATE.original, quote: 'they cooperate' },
        { source: DUPLICATE.duplicate, quote: 'they work together' },
      ],
    });
    expect(relation).toMatchObject({
      id: `${a}~ALLY_OF~${b}~2020`,
      type: 'ALLY_OF',
      status: 'reported',
      since: '2020',
      until: '2021-06',
      from: { id: a },
      to: { id: b },
      createdBy: TEST_EDITOR,
      updatedBy: TEST_EDITOR,
      // A near-copy and its original are one independent source.
      independentSources: 1,
    });
    expect(relation.evidence).toEqual([
      { source: { id: DUPLICATE.original }, quote: 'they cooperate' },
      { source: { id: DUPLICATE.duplicate }, quote: 'they work together' },
    ]);
    expect(await relationTotal(env.app)).toBe(totalBefore + 1);
    expect((await env.test.links(a)).map((r) => r.id)).toEqual([relation.id]);

    // The validity window is stored: the link exists in 2020-06, not in 2022.
    const hop = async (asOf: string) =>
      (
        await env.test.edit<{ shortestPath: { length: number } | null }>(HOP, {
          asOf,
          from: a,
          to: b,
        })
      ).shortestPath;
    expect(await hop('2020-06')).toEqual({ length: 1 });
    expect(await hop('2022')).toBeNull();
  });

  it('accepts partial dates that overlap: since 2021-12 until 2021', async () => {
    const relation = await env.test.relation('RIVAL_OF', a, b, 'late 2021 rivalry', {
      since: '2021-12',
      until: '2021',
    });
    expect(relation).toMatchObject({ since: '2021-12', until: '2021' });
  });

  it('adds evidence to a link, once per source and quote', async () => {
    const relation = await env.test.relation('RECRUITS_FROM', a, b, 'first quote');
    const evidence = [{ source: 'src-insider-2022-04', quote: 'second quote' }];
    const { addEvidence } = await env.test.edit<{ addEvidence: RelationOut }>(ADD_EVIDENCE, {
      relationId: relation.id,
      evidence,
    });
    expect(addEvidence.evidence).toEqual([
      ...relation.evidence,
      { source: { id: 'src-insider-2022-04' }, quote: 'second quote' },
    ]);
    expect(addEvidence.independentSources).toBe(2);
    expect(addEvidence.updatedBy).toBe(TEST_EDITOR);
    const again = await env.test.edit<{ addEvidence: RelationOut }>(ADD_EVIDENCE, {
      relationId: relation.id,
      evidence,
    });
    expect(again.addEvidence.evidence).toEqual(addEvidence.evidence);
  });

  it('deletes a link, which then is gone', async () => {
    const relation = await env.test.relation('EVOLVED_INTO', a, b);
    const totalBefore = await relationTotal(env.app);
    const { deleteRelation } = await env.test.edit<{ deleteRelation: string }>(DELETE_RELATION, {
      id: relation.id,
    });
    expect(deleteRelation).toBe(relation.id);
    expect(await relationTotal(env.app)).toBe(totalBefore - 1);
    expect((await env.test.links(a)).map((r) => r.id)).not.toContain(relation.id);
    expectError(
      await gql(env.app, DELETE_RELATION, { id: relation.id }, editorHeaders),
      'NOT_FOUND',
    );
  });

  it('leaves the counts as they were after adding and deleting a link of a type new to the graph', async () => {
    const { vocabulary } = await env.test.edit<{ vocabulary: { relationTypes: Rule[] } }>(
      VOCABULARY,
    );
    const used = new Set(relations.map((r) => r.type));
    const rule =
      vocabulary.relationTypes.find((t) => !used.has(t.type)) ?? vocabulary.relationTypes[0]!;
    const endpoint = async (name: string, kind: string) =>
      (
        await env.test.edit<{ upsertEntity: EntityOut }>(UPSERT, {
          input: { id: env.test.id(name), kind, name },
        })
      ).upsertEntity.id;
    const from = await endpoint('new-type-from', rule.from[0]!);
    const to = await endpoint('new-type-to', rule.to[0]!);
    const before = await graphCounts(env.app);
    const relation = await env.test.relation(rule.type, from, to);
    await env.test.edit(DELETE_RELATION, { id: relation.id });
    expect(await graphCounts(env.app)).toEqual(before);
  });
});

describe('a mutation answers with what it wrote', () => {
  it.each([
    ['upsertEntity', 'the entity'],
    ['addRelation', 'the relation'],
    ['addRelation', 'an endpoint'],
    ['addEvidence', 'the relation'],
    ['mergeEntities', 'the kept entity'],
  ])('%s, even when a concurrent edit removes %s right after it', async (mutation, what) => {
    const prefix = `race-${mutation.toLowerCase()}-${what.split(' ').at(-1)}`;
    const [a, b] = [await env.test.group(`${prefix}-a`), await env.test.group(`${prefix}-b`)];
    const linked =
      mutation === 'addEvidence' ? await env.test.relation('ALLY_OF', a.id, b.id) : null;
    const id = env.test.id(prefix);
    const calls: Record<string, [string, Record<string, unknown>, string]> = {
      upsertEntity: [UPSERT, { input: { id, kind: 'Group', name: 'Raced' } }, id],
      addRelation: [ADD_RELATION, { input: relationInput(a.id, b.id) }, `${a.id}~RIVAL_OF~${b.id}`],
      addEvidence: [ADD_EVIDENCE, { relationId: linked?.id, evidence: EVIDENCE }, linked?.id ?? ''],
      mergeEntities: [MERGE, { keepId: a.id, mergeId: b.id }, a.id],
    };
    const [query, variables, answer] = calls[mutation]!;
    const [removal, removed] =
      what === 'an endpoint'
        ? ['edit/delete-entity', b.id]
        : what === 'the relation'
          ? ['edit/delete-relation', answer]
          : ['edit/delete-entity', answer];
    const racing = editAfter(env.app.db, 'write', () => env.app.db.write(removal, { id: removed }));
    const result = await callOn(racing, query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data?.[mutation]?.id).toBe(answer);
  });
});

const EVIDENCE = [{ source: 'src-insider-2022-04', quote: 'raced' }];
const relationInput = (from: string, to: string) => ({
  type: 'RIVAL_OF',
  from,
  to,
  evidence: EVIDENCE,
});

const VOCABULARY = '{ vocabulary { relationTypes { type from to } } }';
type Rule = { type: string; from: string[]; to: string[] };
