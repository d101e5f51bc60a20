/**
 * The importer's name resolution on what the real query (cypher/import/known-entities) reads from
 * the run's database, which holds the seed graph: curated spellings, places within their state, and
 * groups an interrupted import wrote, written here as the importer writes them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityWrite } from '../../../../server/src/domain/graph-write.js';
import { readAliasTable } from '../../../../server/src/importers/resolve/alias-table.js';
import {
  type KnownEntity,
  NameResolver,
} from '../../../../server/src/importers/resolve/name-resolver.js';
import { type Connection, connect } from '../import-helpers.js';

let connection: Connection;
beforeAll(async () => {
  connection = await connect();
});
afterAll(async () => {
  await connection?.close();
});

const known = () => connection.db.read<KnownEntity>('import/known-entities');
const fresh = async () => new NameResolver(readAliasTable(), await known());

describe('resolving dataset names to graph entities', () => {
  it('joins dataset spellings to the curated groups through the alias table and search keys', async () => {
    const resolver = await fresh();
    const ids = [
      'Khorasan Chapter of the Islamic State',
      'Tehrik-i-Taliban Pakistan (TTP)',
      'Taliban',
      'ISIS-K',
      'TTP',
      'haqqani NETWORK',
    ].map((name) => resolver.actor('Group', name));
    expect(ids).toEqual(
      ['is-k', 'ttp', 'taliban', 'is-k', 'ttp', 'haqqani-network'].map((id) => ({
        id,
        created: false,
      })),
    );
    expect(resolver.actor('State', 'Afghanistan')).toEqual({ id: 'afghanistan', created: false });
  });

  it('creates nothing for names that mean nobody', async () => {
    const resolver = await fresh();
    for (const name of ['Unknown', 'unknown', 'Unidentified Armed Group (Afghanistan)', '—']) {
      expect(resolver.actor('Group', name), name).toBeUndefined();
    }
  });

  it('creates an unknown group once, with an id from its name, and finds it again by any spelling of the same key', async () => {
    const resolver = await fresh();
    expect(resolver.actor('Group', 'Shining Path (SL)')).toEqual({
      id: 'shining-path-sl',
      created: true,
    });
    expect(resolver.actor('Group', 'SHINING PATH (SL)')).toEqual({
      id: 'shining-path-sl',
      created: false,
    });
    expect(resolver.actor('Group', 'Afghanistan')).toEqual({
      id: 'afghanistan-group',
      created: true,
    });
  });

  it('creates alias-table ids that are not in the graph yet, then reuses them', async () => {
    const resolver = await fresh();
    expect(resolver.actor('State', 'Democratic Republic of Congo')).toEqual({
      id: 'democratic-republic-of-the-congo',
      created: true,
    });
    expect(resolver.actor('State', 'Democratic Republic of the Congo')).toEqual({
      id: 'democratic-republic-of-the-congo',
      created: false,
    });
  });

  it('finds places inside their parent, and curated places inside their state', async () => {
    const resolver = await fresh();
    // Nangarhar lies in eastern Afghanistan, which lies in Afghanistan: found through both.
    expect(resolver.place('province', 'Nangarhar', ['afghanistan'])).toEqual({
      id: 'nangarhar',
      created: false,
    });
    const province = resolver.place('province', 'Kabul', ['afghanistan'])!;
    expect(province).toEqual({ id: 'afghanistan-kabul', created: true });
    expect(resolver.place('city', 'Kabul', [province.id, 'afghanistan'])).toEqual({
      id: 'kabul',
      created: false,
    });
    // Towns of one name in two provinces stay two places.
    const a = resolver.place('city', 'Springfield', ['afghanistan-kabul', 'afghanistan'])!;
    const b = resolver.place('city', 'Springfield', ['nangarhar', 'afghanistan'])!;
    expect([a, b]).toEqual([
      { id: 'afghanistan-kabul-springfield', created: true },
      { id: 'nangarhar-springfield', created: true },
    ]);
    expect(resolver.place('city', 'Unknown', ['nangarhar'])).toBeUndefined();
  });

  it('resolves the same way from the graph a killed run left as it did in memory', async () => {
    const first = await fresh();
    const names = ['Resolver Front A', 'resolver-front-a', 'Resolver Front B'];
    const inMemory = names.map((name) => first.actor('Group', name)!.id);
    const created = [...new Set(inMemory)];
    expect(created).toHaveLength(2);
    // Written as the importer writes the groups it meets first (an "import:" editor).
    const entities = created.map((id, i) =>
      entityWrite({ id, kind: 'Group', name: names[[0, 2][i]!]! }),
    );
    const now = new Date().toISOString();
    await connection.db.write('edit/upsert-entities', { entities, editor: 'import:test', now });
    try {
      const resumed = await fresh();
      expect(names.map((name) => resumed.actor('Group', name))).toEqual(
        inMemory.map((id) => ({ id, created: false })),
      );
    } finally {
      for (const id of created) await connection.db.write('edit/delete-entity', { id });
    }
    expect((await known()).filter((e) => created.includes(e.id))).toEqual([]);
  });
});
