import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../../server/src/db/connect.js';
import {
  loadSeedSet,
  SEEDS_DIR,
  seedDatabase,
  SeedLoadError,
} from '../../../server/src/seed/load-seeds.js';
import { readSeeds } from '../../../server/src/seed/read-seeds.js';
import { KIND_OF_FILE } from '../../../server/src/seed/seed-format.js';

const info = inject('neo4j');
let database: Database;
const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
  disableLosslessIntegers: true,
});

const seedFile = <T>(file: string): T[] =>
  JSON.parse(readFileSync(path.join(SEEDS_DIR, file), 'utf8')) as T[];

/** Everything that loading could change: nodes and relationships per label/type, and evidence sizes. */
async function fingerprint() {
  const { records } = await driver.executeQuery(`
    CALL () { MATCH (n:Entity) WITH n.kind AS kind, count(*) AS n RETURN kind + ':' + toString(n) AS entry
      UNION ALL MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n RETURN type + ':' + toString(n) AS entry
      UNION ALL MATCH ()-[r]->() WHERE r.evidenceSources IS NOT NULL RETURN 'evidence:' + toString(sum(size(r.evidenceSources))) AS entry
      UNION ALL MATCH (n:Entity) RETURN 'aliases:' + toString(sum(size(n.aliases))) AS entry }
    RETURN collect(entry) AS entries`);
  return (records[0]?.get('entries') as string[]).sort();
}

beforeAll(async () => {
  database = await openDatabase(info, { queryTimeoutMs: 30_000 });
});
afterAll(async () => {
  await database.driver.close();
  await driver.close();
});

describe('the seed graph', () => {
  it('holds every entity and relation of the seed files', async () => {
    const set = readSeeds(SEEDS_DIR);
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS count',
    );
    const counts = Object.fromEntries(records.map((r) => [r.get('kind'), r.get('count')]));
    for (const kind of Object.values(KIND_OF_FILE)) {
      expect(counts[kind], kind).toBe(set.entities.filter((e) => e.kind === kind).length);
      expect(counts[kind], kind).toBeGreaterThan(0);
    }
    expect(counts.Source).toBe(set.sources.length);
    const rels = await driver.executeQuery(
      'MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceSources IS NOT NULL RETURN count(r) AS n',
    );
    expect(rels.records[0]?.get('n')).toBe(set.relations.length);
  });

  it('gives every domain relationship at least one piece of evidence', async () => {
    const { records } = await driver.executeQuery(`
      MATCH (:Entity)-[r]->(:Entity) WHERE NOT type(r) IN ['REPORTED_BY', 'DUPLICATE_OF']
      RETURN count(r) AS total, count(CASE WHEN size(coalesce(r.evidenceSources, [])) = 0 THEN 1 END) AS bare`);
    expect(records[0]?.get('total')).toBeGreaterThan(100);
    expect(records[0]?.get('bare')).toBe(0);
  });

  it('keeps each source’s casualty figures for the Kabul airport attack, never averaged', async () => {
    const attack = seedFile<{
      id: string;
      casualtyReports: { source: string; killed: number | null }[];
    }>('attacks.json').find((a) => a.id === 'kabul-airport-bombing-2021')!;
    const { records } = await driver.executeQuery(
      'MATCH (:Attack {id: $id})-[c:REPORTED_BY]->(s:Source) RETURN s.id AS source, c.killed AS killed ORDER BY source',
      { id: attack.id },
    );
    const stored = records.map((r) => r.toObject());
    expect(stored).toEqual(
      attack.casualtyReports
        .map((r) => ({ source: r.source, killed: r.killed }))
        .sort((a, b) => a.source.localeCompare(b.source)),
    );
    expect(new Set(stored.map((r) => r.killed)).size).toBeGreaterThan(1);
  });

  it('links each near-copy to its original with the stored similarity and method', async () => {
    const stored = seedFile<{
      duplicate: string;
      original: string;
      similarity: number;
      method: string;
    }>('duplicate-sources.json');
    const { records } = await driver.executeQuery(
      'MATCH (d:Source)-[x:DUPLICATE_OF]->(o:Source) RETURN d.id AS duplicate, o.id AS original, x.similarity AS similarity, x.method AS method ORDER BY duplicate, original',
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(records.map((r) => r.toObject())).toEqual(
      [...stored].sort((a, b) =>
        `${a.duplicate} ${a.original}`.localeCompare(`${b.duplicate} ${b.original}`),
      ),
    );
  });

  it('loads idempotently: a second load leaves the graph exactly as it was', async () => {
    const before = await fingerprint();
    await seedDatabase(database.db);
    expect(await fingerprint()).toEqual(before);
  });

  it('loads all or nothing: a failure inside the transaction leaves no trace', async () => {
    const before = await fingerprint();
    const set = readSeeds(SEEDS_DIR);
    const extra = {
      ...set.entities.find((e) => e.kind === 'Group')!,
      id: 'test-half-written-group',
      name: 'Half Written',
    };
    // An existing id under another kind fails the load after validation, at the database.
    const clash = { ...extra, id: 'is-k', kind: 'Place' as const, placeType: 'city' };
    await expect(
      loadSeedSet(database.db, {
        ...set,
        entities: [...set.entities.filter((e) => e.id !== 'is-k'), extra, clash],
      }),
    ).rejects.toThrow(SeedLoadError);
    // A relation whose type Neo4j refuses fails after entities were written in the same transaction.
    const badRelation = { ...set.relations[0]!, type: '', from: 'test-half-written-group' };
    await expect(
      loadSeedSet(database.db, {
        ...set,
        entities: [...set.entities, extra],
        relations: [...set.relations, badRelation],
      }),
    ).rejects.toThrow();
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity {id: 'test-half-written-group'}) RETURN count(n) AS n",
    );
    expect(records[0]?.get('n')).toBe(0);
    expect(await fingerprint()).toEqual(before);
  });
});
