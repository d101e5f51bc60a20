import { describe, expect, it } from 'vitest';
import {
  aliasesGained,
  mergeConflicts,
} from '../../../../../server/src/graphql/resolvers/entity/merge-conflicts.js';
import type { EntityRow } from '../../../../../server/src/graphql/records.js';

const place = (id: string, extra: Partial<EntityRow> = {}): EntityRow => ({
  id,
  kind: 'Place',
  name: id,
  aliases: [],
  degree: 0,
  ...extra,
});

describe('mergeConflicts', () => {
  it('reports fields both have with different values, state and coordinates first', () => {
    const keep = place('cairo', { latitude: 30.04, longitude: 31.24, placeType: 'city' });
    const merge = place('cairo-il', { latitude: 37.0, longitude: -89.18, placeType: 'city' });
    expect(mergeConflicts(keep, merge, { keep: 'egypt', merge: 'united-states' })).toEqual([
      { field: 'state', keep: 'egypt', merge: 'united-states' },
      { field: 'coordinates', keep: '30.04, 31.24', merge: '37, -89.18' },
    ]);
  });

  it('leaves out what only one has, and equal values', () => {
    const keep = place('a', { description: 'x', withinId: 'sindh' });
    const merge = place('b', { description: null, withinId: 'sindh', iso2: 'PK' });
    expect(mergeConflicts(keep, merge, { keep: 'pakistan', merge: null })).toEqual([]);
  });
});

describe('aliasesGained', () => {
  it('is the merged name and aliases the kept one lacks, once each', () => {
    const keep = place('karachi', { name: 'Karachi', aliases: ['Karāchi'] });
    const merge = place('k2', { name: 'Karachi City', aliases: ['Karachi', 'Karāchi', 'KHI'] });
    expect(aliasesGained(keep, merge)).toEqual(['Karachi City', 'KHI']);
  });
});
