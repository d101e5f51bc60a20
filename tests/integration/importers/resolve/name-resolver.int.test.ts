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
      'Islamic State of Iraq and the Levant (ISIL)',
      'Tehrik-e-Taliban Pakistan',
      'Islamic State Khurasan Province',
      'Al-Qaeda',
      'al-Qaida',
    ].map((name) => resolver.actor('Group', name));
    expect(ids).toEqual(
      [
        'is-k',
        'ttp',
        'taliban',
        'is-k',
        'ttp',
        'haqqani-network',
        'islamic-state',
        'ttp',
        'is-k',
        'al-qaida',
        'al-qaida',
      ].map((id) => ({
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

  it('finds places inside their parent, and curated places anywhere in their state', async () => {
    const resolver = await fresh();
    const inState = (parent: string, chain: string[] = []) => ({
      parent,
      state: 'afghanistan',
      chain,
    });
    // Nangarhar lies in eastern Afghanistan, which lies in Afghanistan: found through both.
    expect(resolver.place('province', 'Nangarhar', inState('afghanistan'))).toEqual({
      id: 'nangarhar',
      created: false,
    });
    const province = resolver.place('province', 'Kabul', inState('afghanistan'))!;
    expect(province).toEqual({ id: 'afghanistan-kabul', created: true });
    // The curated city lies directly in Afghanistan: it gains the dataset's province.
    expect(resolver.place('city', 'Kabul', inState(province.id, [province.id]))).toEqual({
      id: 'kabul',
      created: false,
      attachTo: 'afghanistan-kabul',
    });
    expect(resolver.place('city', 'Kabul', inState(province.id, [province.id]))).toEqual({
      id: 'kabul',
      created: false,
    });
    // "Kunduz" the province is the curated "Kunduz province"; the city is the curated city.
    expect(resolver.place('province', 'Kunduz', inState('afghanistan'))).toEqual({
      id: 'kunduz-province',
      created: false,
    });
    expect(
      resolver.place('city', 'Kunduz', inState('kunduz-province', ['kunduz-province'])),
    ).toEqual({ id: 'kunduz', created: false, attachTo: 'kunduz-province' });
    // Transliteration variants meet: GTD's "Mazar-i-Sharif" is the seed's "Mazar-e Sharif".
    const balkh = resolver.place('province', 'Balkh', inState('afghanistan'))!;
    expect(resolver.place('city', 'Mazar-i-Sharif', inState(balkh.id, [balkh.id]))).toEqual({
      id: 'mazar-e-sharif',
      created: false,
      attachTo: 'afghanistan-balkh',
    });
    // Towns of one name in two provinces stay two places.
    const a = resolver.place(
      'city',
      'Springfield',
      inState('afghanistan-kabul', ['afghanistan-kabul']),
    )!;
    const b = resolver.place('city', 'Springfield', inState('nangarhar', ['nangarhar']))!;
    expect([a, b]).toEqual([
      { id: 'afghanistan-kabul-springfield', created: true },
      { id: 'nangarhar-springfield', created: true },
    ]);
    expect(resolver.place('city', 'Unknown', inState('nangarhar'))).toBeUndefined();
  });

  it('lets a curated place without a state be adopted once, by the first state that names it', async () => {
    const resolver = await fresh();
    const sindh = resolver.place('province', 'Sindh', {
      parent: 'pakistan',
      state: 'pakistan',
      chain: [],
    })!;
    expect(sindh).toEqual({ id: 'pakistan-sindh', created: true });
    const at = { parent: sindh.id, state: 'pakistan', chain: [sindh.id] };
    expect(resolver.place('city', 'Karachi', at)).toEqual({
      id: 'karachi',
      created: false,
      attachTo: 'pakistan-sindh',
    });
    // Now in Pakistan, it is no longer found from another state.
    expect(
      resolver.place('city', 'Karachi', { parent: 'india', state: 'india', chain: [] }),
    ).toEqual({ id: 'india-karachi', created: true });
  });

  it('keeps same-named cities of one state apart when their coordinates are far apart', async () => {
    const resolver = await fresh();
    const us = { parent: 'united-states', state: 'united-states', chain: [] };
    const cairoGa = { latitude: 30.877, longitude: -84.201 };
    const cairoIl = { latitude: 37.005, longitude: -89.176 };
    expect(resolver.place('city', 'Cairo', us, cairoGa)).toEqual({
      id: 'united-states-cairo',
      created: true,
    });
    expect(resolver.place('city', 'Cairo', us, { latitude: 30.9, longitude: -84.2 })).toEqual({
      id: 'united-states-cairo',
      created: false,
    });
    expect(
      resolver.place('city', 'Cairo', { ...us, parent: 'illinois', chain: ['illinois'] }, cairoIl),
    ).toEqual({
      id: 'illinois-cairo',
      created: true,
    });
  });

  it('records a close but uncertain name as a candidate, never joins it', async () => {
    const resolver = await fresh();
    const found = resolver.actor('Group', 'Haqqani Networks');
    expect(found).toEqual({
      id: 'haqqani-networks',
      created: true,
      candidate: { id: 'haqqani-network', score: expect.any(Number), reason: 'similar name' },
    });
    expect(found?.candidate?.score).toBeGreaterThanOrEqual(0.8);
    expect(found?.candidate?.score).toBeLessThan(1);
    expect(resolver.actor('Group', 'Revolutionary Front')?.candidate).toBeUndefined();
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
