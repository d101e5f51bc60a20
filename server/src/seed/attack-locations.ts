/**
 * Seed attacks have no coordinates of their own: an attack that occurred in exactly one place or
 * state with a location inherits that location, its precision saying from where. An attack that
 * occurred in several places (a series) or only in places without coordinates (regions) gets none
 * rather than a point that would place it wrongly.
 */
import type { GeoLocation } from '../domain/graph-write.js';
import type { SeedSet } from './seed-set.js';

/** Attack id → inherited location, for the seed attacks that have one. */
export function inheritedAttackLocations(set: SeedSet): Map<string, GeoLocation> {
  const byId = new Map(set.entities.map((e) => [e.id, e]));
  const occurredIn = new Map<string, string[]>();
  for (const r of set.relations) {
    if (r.type === 'OCCURRED_IN') occurredIn.set(r.from, [...(occurredIn.get(r.from) ?? []), r.to]);
  }
  const located = new Map<string, GeoLocation>();
  for (const [attackId, whereIds] of occurredIn) {
    if (byId.get(attackId)?.kind !== 'Attack' || whereIds.length !== 1) continue;
    const where = byId.get(whereIds[0]!);
    if (!where?.location) continue;
    located.set(attackId, {
      latitude: where.location.latitude,
      longitude: where.location.longitude,
      precision: `inherited from ${where.kind.toLowerCase()} ${where.id}: ${where.location.precision}`,
    });
  }
  return located;
}
