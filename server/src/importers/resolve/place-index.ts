/**
 * The places of the graph by state, level and folded name, so a dataset place finds the place it
 * names at any depth of the curated hierarchy ("Karachi" in Sindh finds the curated Karachi that
 * lies directly in Pakistan). Two places of one name stay apart when they lie in different
 * provinces or districts of the state, or, where both have coordinates, more than
 * MAX_SAME_PLACE_KM apart.
 */
import { nameKey, variantKey } from '../../domain/names.js';

/** Two same-named places of one state further apart than this are two places (documented in docs/data-model.md). */
export const MAX_SAME_PLACE_KM = 50;
const EARTH_RADIUS_KM = 6371;
/** Levels whose membership tells two same-named places apart. */
const DIVIDING_LEVELS = new Set(['province', 'district']);

export interface Coordinates {
  latitude: number;
  longitude: number;
}

export interface PlaceEntry {
  id: string;
  placeType: string;
  spellings: string[];
  parentIds: string[];
  stateId: string | null;
  imported: boolean;
  coordinates: Coordinates | null;
}

/** Kilometres between two points on the globe (haversine: three lines, no library needed). */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) *
      Math.cos(rad(b.latitude)) *
      Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Keys a place spelling is found by: as written, without its level word, and their variant keys. */
export function placeKeys(spelling: string): string[] {
  const bare = spelling.replace(/\s+(province|city|district|governorate)$/i, '');
  return [
    ...new Set([spelling, bare].flatMap((s) => [nameKey(s), variantKey(s) ?? '']).filter(Boolean)),
  ];
}

export class PlaceIndex {
  private readonly byKey = new Map<string, PlaceEntry[]>();
  private readonly types = new Map<string, string>();
  private readonly byLevel = new Map<string, Set<PlaceEntry>>();

  /** Adds `place` (again, after its state or parents changed). */
  add(place: PlaceEntry): void {
    this.types.set(place.id, place.placeType);
    const level = `${place.stateId ?? ''}|${place.placeType}`;
    this.byLevel.set(level, (this.byLevel.get(level) ?? new Set()).add(place));
    for (const key of new Set(place.spellings.flatMap(placeKeys))) {
      const slot = `${place.stateId ?? ''}|${place.placeType}|${key}`;
      const list = this.byKey.get(slot) ?? [];
      if (!list.includes(place)) list.push(place);
      this.byKey.set(slot, list);
    }
  }

  /**
   * The places of `state` (or of no state, for null) at `level` that `name` may mean: found by a
   * key, not in another province or district than `chain` (the row's places), not too far.
   * Curated first, then by id.
   */
  find(
    state: string | null,
    level: string,
    name: string,
    chain: readonly string[],
    where: Coordinates | null,
  ): PlaceEntry[] {
    const found = new Set(
      placeKeys(name).flatMap((k) => this.byKey.get(`${state ?? ''}|${level}|${k}`) ?? []),
    );
    return [...found]
      .filter((place) =>
        place.parentIds.every(
          (p) => !DIVIDING_LEVELS.has(this.types.get(p) ?? '') || chain.includes(p),
        ),
      )
      .filter(
        (place) =>
          !where || !place.coordinates || distanceKm(where, place.coordinates) <= MAX_SAME_PLACE_KM,
      )
      .sort((a, b) => Number(a.imported) - Number(b.imported) || (a.id < b.id ? -1 : 1));
  }

  /** Every place of `state` at `level`, for near matches. */
  within(state: string | null, level: string): Iterable<PlaceEntry> {
    return this.byLevel.get(`${state ?? ''}|${level}`) ?? [];
  }

  /** Takes `place` out of the index (before it is added again under its new state). */
  remove(place: PlaceEntry): void {
    this.byLevel.get(`${place.stateId ?? ''}|${place.placeType}`)?.delete(place);
    for (const [slot, places] of this.byKey) {
      if (places.includes(place))
        this.byKey.set(
          slot,
          places.filter((p) => p !== place),
        );
    }
  }
}
