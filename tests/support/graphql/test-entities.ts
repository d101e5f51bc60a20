/**
 * Entities a mutation test creates: unique ids per run, created through the API as the editor, and
 * removed (with their relationships) through the app's gateway afterwards, so the seed graph that
 * the other test files count stays as it was.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Config } from '../../../server/src/config/config.js';
import { editorHeaders, gql, startTestApp, type TestApp } from '../app.js';

export const UPSERT = `mutation Upsert($input: EntityInput!) {
  upsertEntity(input: $input) {
    id kind name aliases description createdBy createdAt updatedBy updatedAt
    evidence { source { id } quote }
    ... on Attack { date }
  }
}`;

export const ADD_RELATION = `mutation AddRelation($input: RelationInput!) {
  addRelation(input: $input) {
    id type status since until createdBy createdAt updatedBy updatedAt independentSources
    from { id } to { id } evidence { source { id } quote }
  }
}`;

export const ADD_EVIDENCE = `mutation AddEvidence($relationId: ID!, $evidence: [EvidenceInput!]!) {
  addEvidence(relationId: $relationId, evidence: $evidence) {
    id updatedBy updatedAt independentSources evidence { source { id } quote }
  }
}`;

export const MERGE = `mutation Merge($keepId: ID!, $mergeId: ID!) {
  mergeEntities(keepId: $keepId, mergeId: $mergeId) { id name aliases degree evidence { source { id } quote } }
}`;

export const DELETE_RELATION = 'mutation Delete($id: ID!) { deleteRelation(id: $id) }';

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind name aliases description createdBy createdAt updatedBy updatedAt degree
    evidence { source { id } quote }
  }
}`;

const LINKS = `query Links($id: ID!) {
  neighborhood(id: $id) { relations { id type createdBy from { id } to { id } evidence { source { id } quote } } }
}`;

const COUNTS = '{ counts { kinds { kind count } relationTypes { type count } } }';

interface EvidenceOut {
  source: { id: string };
  quote: string;
}

export interface EntityOut {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  createdBy: string | null;
  createdAt: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  evidence: EvidenceOut[];
  date?: string | null;
}

export interface RelationOut {
  id: string;
  type: string;
  status: string | null;
  since: string | null;
  until: string | null;
  createdBy: string | null;
  createdAt: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  independentSources: number;
  from: { id: string };
  to: { id: string };
  evidence: EvidenceOut[];
}

export class TestEntities {
  private readonly created = new Set<string>();
  /** A prefix no seed id has, unique to this run and file. */
  private readonly prefix = `test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(private readonly app: TestApp) {}

  /** A fresh id for this run; it is removed in `cleanUp` whether or not it gets created. */
  id(name: string): string {
    const id = `${this.prefix}-${name}`;
    this.created.add(id);
    return id;
  }

  /** Runs a mutation (or query) as the test editor and returns its data, failing on errors. */
  async edit<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await gql<T>(this.app, query, variables, editorHeaders);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  }

  /** Creates a Group with one piece of evidence. */
  async group(name: string, extra: Record<string, unknown> = {}) {
    const id = this.id(name);
    const input = {
      id,
      kind: 'Group',
      name: `Test group ${name}`,
      evidence: [{ source: 'src-insider-2022-04', quote: `about ${name}` }],
      ...extra,
    };
    return (await this.edit<{ upsertEntity: EntityOut }>(UPSERT, { input })).upsertEntity;
  }

  async relation(
    type: string,
    from: string,
    to: string,
    quote = `${from} ${type} ${to}`,
    extra: Record<string, unknown> = {},
  ) {
    const input = {
      type,
      from,
      to,
      evidence: [{ source: 'src-asia-times-2024-10-29', quote }],
      ...extra,
    };
    return (await this.edit<{ addRelation: RelationOut }>(ADD_RELATION, { input })).addRelation;
  }

  /** The entity as `entity(id)` returns it, or null. */
  async entity(id: string) {
    return (await this.edit<{ entity: (EntityOut & { degree: number }) | null }>(ENTITY, { id }))
      .entity;
  }

  /** The links of an entity, with their evidence. */
  async links(id: string) {
    return (await this.edit<{ neighborhood: { relations: RelationOut[] } }>(LINKS, { id }))
      .neighborhood.relations;
  }

  async cleanUp(): Promise<void> {
    for (const id of this.created) await this.app.db.write('edit/delete-entity', { id });
  }
}

/** A test file's own app and the entities it makes there; both are set once `beforeAll` ran. */
export interface EditingRun {
  readonly app: TestApp;
  readonly test: TestEntities;
}

/**
 * Starts an app (with `config`, else the test config) before the file's tests and, after them,
 * removes the entities they made and closes it.
 */
export function useTestEntities(config?: Config): EditingRun {
  const run = {} as { app: TestApp; test: TestEntities };
  beforeAll(async () => {
    run.app = await startTestApp(config);
    run.test = new TestEntities(run.app);
  });
  afterAll(async () => {
    await run.test?.cleanUp();
    await run.app?.close();
  });
  return run;
}

/** Node and relationship counts per kind and type: what a failed mutation must leave unchanged. */
export async function graphCounts(app: TestApp) {
  const result = await gql<{ counts: unknown }>(app, COUNTS);
  expect(result.errors).toBeUndefined();
  return result.data!.counts;
}

/** Entities of one kind in the graph, from the counts. */
export async function kindCount(app: TestApp, kind: string): Promise<number> {
  const counts = (await graphCounts(app)) as { kinds: { kind: string; count: number }[] };
  return counts.kinds.find((k) => k.kind === kind)!.count;
}

/** All relationships in the graph, from the counts. */
export async function relationTotal(app: TestApp): Promise<number> {
  const counts = (await graphCounts(app)) as { relationTypes: { count: number }[] };
  return counts.relationTypes.reduce((sum, t) => sum + t.count, 0);
}

const STATE_OF = `query State($id: ID!) {
  entity(id: $id) { id name aliases updatedAt degree evidence { quote } }
  neighborhood(id: $id) { relations { id updatedAt evidence { quote } } }
}`;

/**
 * Everything a failed mutation on these entities might have touched: the graph's counts, and each
 * entity with its links. Compare before and after to show that nothing was half-written.
 */
export async function graphState(app: TestApp, ids: readonly string[]) {
  const entities = [];
  for (const id of ids) entities.push((await gql(app, STATE_OF, { id })).data);
  return { counts: await graphCounts(app), entities };
}
