/** AttackFilter.within / near → parameters of cypher/attack/_filter.cypher, checked. */
import { badInput } from '../../../errors/api-errors.js';
import type { GeoBox, GeoCircle } from '../../generated/resolvers-types.js';

/** Half the earth's circumference, rounded down: every point is nearer than this. */
const MAX_NEAR_KM = 20_000;

export type GeoFilterParams = {
  /** Box in degrees; west > east spans the antimeridian (as point.withinBBox reads it). */
  geoBox: { south: number; west: number; north: number; east: number } | null;
  /** Centre in degrees and radius in metres (point.distance measures metres). */
  geoNear: { latitude: number; longitude: number; meters: number } | null;
};

function degrees(field: string, value: number, limit: 90 | 180): number {
  if (!Number.isFinite(value) || Math.abs(value) > limit)
    throw badInput(`filter.${field} must be between -${limit} and ${limit}; got ${value}.`, [
      'filter',
      ...field.split('.'),
    ]);
  return value;
}

/** The geographic part of an attack filter; BAD_USER_INPUT naming the field when out of range. */
export function geoFilterParams(
  within: GeoBox | null | undefined,
  near: GeoCircle | null | undefined,
): GeoFilterParams {
  let geoBox: GeoFilterParams['geoBox'] = null;
  if (within) {
    geoBox = {
      south: degrees('within.south', within.south, 90),
      west: degrees('within.west', within.west, 180),
      north: degrees('within.north', within.north, 90),
      east: degrees('within.east', within.east, 180),
    };
    if (geoBox.south > geoBox.north)
      throw badInput(
        `filter.within.south (${geoBox.south}) is north of filter.within.north (${geoBox.north}).`,
        ['filter', 'within', 'south'],
      );
  }
  let geoNear: GeoFilterParams['geoNear'] = null;
  if (near) {
    if (!(near.km > 0 && near.km <= MAX_NEAR_KM))
      throw badInput(
        `filter.near.km must be more than 0 and at most ${MAX_NEAR_KM}; got ${near.km}.`,
        ['filter', 'near', 'km'],
      );
    geoNear = {
      latitude: degrees('near.latitude', near.latitude, 90),
      longitude: degrees('near.longitude', near.longitude, 180),
      meters: near.km * 1000,
    };
  }
  return { geoBox, geoNear };
}
