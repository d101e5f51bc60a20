import { describe, expect, it } from 'vitest';
import { inheritedAttackLocations } from '../../../server/src/seed/attack-locations.js';
import type { SeedEntityOfKind, SeedSet } from '../../../server/src/seed/seed-set.js';

const evidence = [{ source: 's', quote: 'q', offset: 0, length: 1 }];
const entity = (id: string, kind: SeedEntityOfKind['kind'], extra = {}): SeedEntityOfKind => ({
  id,
  kind,
  name: id,
  aliases: [],
  evidence,
  ...extra,
});
const at = (latitude: number, longitude: number, precision: string) => ({
  location: { latitude, longitude, precision },
});
const occurred = (from: string, to: string) => ({ type: 'OCCURRED_IN', from, to, evidence });

const set: SeedSet = {
  sources: [],
  duplicates: [],
  entities: [
    entity('town', 'Place', at(34.5, 69.2, 'city centre')),
    entity('other-town', 'Place', at(36.7, 67.1, 'city centre')),
    entity('region', 'Place'),
    entity('country', 'State', at(33.9, 67.7, 'country centroid')),
    entity('in-town', 'Attack'),
    entity('in-country', 'Attack'),
    entity('series', 'Attack'),
    entity('in-region', 'Attack'),
    entity('nowhere', 'Attack'),
  ],
  relations: [
    occurred('in-town', 'town'),
    occurred('in-country', 'country'),
    occurred('series', 'town'),
    occurred('series', 'other-town'),
    occurred('in-region', 'region'),
  ],
};

describe('inheritedAttackLocations', () => {
  it('gives an attack the location of its one place or state, saying where it came from', () => {
    expect(Object.fromEntries(inheritedAttackLocations(set))).toEqual({
      'in-town': {
        latitude: 34.5,
        longitude: 69.2,
        precision: 'inherited from place town: city centre',
      },
      'in-country': {
        latitude: 33.9,
        longitude: 67.7,
        precision: 'inherited from state country: country centroid',
      },
    });
  });
});
