import { describe, expect, it } from 'vitest';
import { entityWrite } from '../../../server/src/domain/graph-write.js';
import { readAliasTable } from '../../../server/src/import/resolve/alias-table.js';
import {
  type KnownEntity,
  NameResolver,
} from '../../../server/src/import/resolve/name-resolver.js';
import { SEEDS_DIR } from '../../../server/src/seed/load-seeds.js';
import { readSeeds } from '../../../server/src/seed/read-seeds.js';

/** What import/known-entities returns for the curated seed graph. */
function knownFromSeeds(): KnownEntity[] {
  const set = readSeeds(SEEDS_DIR, undefined);
  const parents = (id: string) =>
    set.relations.filter((r) => r.type === 'IN' && r.from === id).map((r) => r.to);
  const stateOf = (id: string): string | null => {
    for (const parent of parents(id)) {
      if (set.entities.find((e) => e.id === parent)?.kind === 'State') return parent;
      const up = stateOf(parent);
      if (up) return up;
    }
    return null;
  };
  return set.entities
    .filter((e) => e.kind !== 'Attack')
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      searchKeys: entityWrite(e).properties.searchKeys as string,
      placeType: e.placeType ?? null,
      imported: false,
      parentIds: parents(e.id),
      stateId: stateOf(e.id),
    }));
}

const fresh = () => new NameResolver(readAliasTable(), knownFromSeeds());

describe('resolving dataset names to graph entities', () => {
  it('joins dataset spellings to the curated groups through the alias table and search keys', () => {
    const resolver = fresh();
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

  it('creates nothing for names that mean nobody', () => {
    const resolver = fresh();
    for (const name of ['Unknown', 'unknown', 'Unidentified Armed Group (Afghanistan)', '—']) {
      expect(resolver.actor('Group', name), name).toBeUndefined();
    }
  });

  it('creates an unknown group once, with an id from its name, and finds it again by any spelling of the same key', () => {
    const resolver = fresh();
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

  it('creates alias-table ids that are not in the graph yet, then reuses them', () => {
    const resolver = fresh();
    expect(resolver.actor('State', 'Democratic Republic of Congo')).toEqual({
      id: 'democratic-republic-of-the-congo',
      created: true,
    });
    expect(resolver.actor('State', 'Democratic Republic of the Congo')).toEqual({
      id: 'democratic-republic-of-the-congo',
      created: false,
    });
  });

  it('finds places inside their parent, and curated places inside their state', () => {
    const resolver = fresh();
    expect(resolver.place('province', 'Herat', ['afghanistan'])).toEqual({
      id: 'herat',
      created: false,
    });
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
    const b = resolver.place('city', 'Springfield', ['herat', 'afghanistan'])!;
    expect([a, b]).toEqual([
      { id: 'afghanistan-kabul-springfield', created: true },
      { id: 'herat-springfield', created: true },
    ]);
    expect(resolver.place('city', 'Unknown', ['herat'])).toBeUndefined();
  });

  it('resolves the same way from the graph a killed run left as it did in memory', () => {
    const first = fresh();
    const names = ['Front A', 'front-a', 'Front B'];
    const inMemory = names.map((name) => first.actor('Group', name)!.id);
    const created = [...new Set(inMemory)].map((id, i) => ({
      id,
      kind: 'Group' as const,
      searchKeys: ['fronta', 'frontb'][i]!,
      placeType: null,
      imported: true,
      parentIds: [],
      stateId: null,
    }));
    const resumed = new NameResolver(readAliasTable(), [...knownFromSeeds(), ...created]);
    expect(names.map((name) => resumed.actor('Group', name)!.id)).toEqual(inMemory);
  });
});
