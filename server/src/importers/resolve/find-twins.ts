/**
 * Twins earlier imports made: an imported entity that shares a folded name with another entity of
 * its kind (places: of one state and level, not in two different provinces or districts). A pair is
 * safe to merge when the names fold to one key and no coordinates conflict; otherwise it is left to
 * a curator as a candidate. Two curated entities are never merged here. A curated place without a
 * state is the twin of the one imported place of its level and name, wherever that lies.
 */
import type { KnownEntity } from './name-resolver.js';
import { foldedName } from './near-match.js';
import { distanceKm, MAX_SAME_PLACE_KM, placeKeys } from './place-index.js';

export interface Twin {
  kind: string;
  /** Kept: the curated one, else the lowest id. */
  keep: string;
  merge: string;
  safe: boolean;
  reason: string;
}

const DIVIDING = new Set(['province', 'district']);

const coordinatesOf = (e: KnownEntity) =>
  e.latitude != null && e.longitude != null
    ? { latitude: e.latitude, longitude: e.longitude }
    : null;

/** The pairs to merge or review, each entity merged into at most one other. */
export function findTwins(known: readonly KnownEntity[]): Twin[] {
  const types = new Map(known.map((e) => [e.id, e.placeType ?? '']));
  const dividers = (e: KnownEntity) => e.parentIds.filter((p) => DIVIDING.has(types.get(p) ?? ''));
  const groups = new Map<string, KnownEntity[]>();
  for (const entity of known) {
    if (entity.kind === 'Source') continue;
    if (entity.kind === 'Place' && !entity.stateId) continue;
    const scope = entity.kind === 'Place' ? `${entity.stateId}|${entity.placeType ?? ''}` : '';
    const keys = new Set(
      entity.spellings
        .slice(0, 1)
        .flatMap((s) => (entity.kind === 'Place' ? placeKeys(s) : [foldedName(s)])),
    );
    for (const key of keys) {
      const slot = `${entity.kind}|${scope}|${key}`;
      groups.set(slot, [...(groups.get(slot) ?? []), entity]);
    }
  }
  const twins = new Map<string, Twin>();
  for (const members of groups.values()) {
    const sorted = [...new Set(members)].sort(
      (a, b) => Number(a.imported) - Number(b.imported) || (a.id < b.id ? -1 : 1),
    );
    const [keep, ...rest] = sorted;
    if (!keep) continue;
    for (const other of rest) {
      if (!other.imported || twins.has(other.id) || twins.has(keep.id)) continue;
      const [a, b] = [dividers(keep), dividers(other)];
      if (a.length > 0 && b.length > 0 && !a.some((p) => b.includes(p))) continue;
      const [here, there] = [coordinatesOf(keep), coordinatesOf(other)];
      const far = here && there && distanceKm(here, there) > MAX_SAME_PLACE_KM;
      twins.set(other.id, {
        kind: keep.kind,
        keep: keep.id,
        merge: other.id,
        safe: !far,
        reason: far ? `same name, more than ${MAX_SAME_PLACE_KM} km apart` : 'same folded name',
      });
    }
  }
  for (const twin of statelessTwins(known)) if (!twins.has(twin.merge)) twins.set(twin.merge, twin);
  // A kept entity that is itself merged elsewhere hands its twins on to the one it is merged into.
  const root = (id: string): string => {
    const next = twins.get(id);
    return next ? root(next.keep) : id;
  };
  return [...twins.values()]
    .map((twin) => ({ ...twin, keep: root(twin.keep) }))
    .sort((a, b) => (a.merge < b.merge ? -1 : 1));
}

/**
 * A curated place without a state (the seeds' Karachi) and the imported places of its level and
 * name: one such place anywhere is its twin, as an import would have adopted it; several (two
 * states name a "Karachi") are left to a curator.
 */
function statelessTwins(known: readonly KnownEntity[]): Twin[] {
  const imported = new Map<string, KnownEntity[]>();
  for (const e of known) {
    if (e.kind !== 'Place' || !e.imported) continue;
    for (const key of placeKeys(e.spellings[0] ?? '')) {
      const slot = `${e.placeType ?? ''}|${key}`;
      imported.set(slot, [...(imported.get(slot) ?? []), e]);
    }
  }
  return known
    .filter((e) => e.kind === 'Place' && !e.imported && !e.stateId)
    .flatMap((place) => {
      const others = new Set(
        place.spellings
          .flatMap(placeKeys)
          .flatMap((k) => imported.get(`${place.placeType ?? ''}|${k}`) ?? []),
      );
      const safe = others.size === 1;
      return [...others].map((other) => ({
        kind: 'Place',
        keep: place.id,
        merge: other.id,
        safe,
        reason: safe ? 'same folded name' : 'same name in several states',
      }));
    });
}
