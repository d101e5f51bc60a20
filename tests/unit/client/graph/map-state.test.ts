import { describe, expect, it } from 'vitest';
import {
  boxOf,
  clampMap,
  formatMapParam,
  parseMapParam,
  wrapLongitude,
} from '../../../../client/src/graph/map-state.js';

describe('the map state', () => {
  it('makes a box of two corners in any order', () => {
    expect(boxOf([69.6, 34.2], [68.8, 34.9])).toEqual({
      south: 34.2,
      west: 68.8,
      north: 34.9,
      east: 69.6,
    });
  });

  it('makes a box dragged over the antimeridian one that crosses it (west > east)', () => {
    expect(boxOf([170, -20], [190, -10])).toEqual({
      south: -20,
      west: 170,
      north: -10,
      east: -170,
    });
  });

  it('folds longitudes and keeps latitude and zoom in range', () => {
    expect(wrapLongitude(190)).toBe(-170);
    expect(wrapLongitude(-540)).toBe(180 - 360);
    expect(clampMap({ latitude: 95, longitude: 370, zoom: 40, box: null })).toEqual({
      latitude: 85,
      longitude: 10,
      zoom: 12,
      box: null,
    });
  });

  it('round-trips through the URL parameter, a crossing box included', () => {
    const state = {
      latitude: 32.5,
      longitude: 68.25,
      zoom: 4,
      box: { south: -20, west: 170, north: -10, east: -170 },
    };
    expect(formatMapParam(state)).toBe('32.5,68.25,4,-20,170,-10,-170');
    expect(parseMapParam(formatMapParam(state))).toEqual(state);
    expect(parseMapParam('32.5,68.25,4')).toEqual({ ...state, box: null });
  });

  it('ignores a mangled parameter', () => {
    for (const text of ['', 'a,b,c', '1,2', '1,2,3,4', '1,2,3,4,5,6,x'])
      expect(parseMapParam(text)).toBeNull();
  });
});
