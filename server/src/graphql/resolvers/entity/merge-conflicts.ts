/**
 * What a curator should see before merging two records: the fields both have with different values
 * (the kept entity's value stays, the other is lost), and the names the kept one gains as aliases.
 * Pure: mergePreview feeds it the two entities as read and the State each lies in.
 */
import type { EntityRow } from '../../records.js';

/** A field both entities have, with different values. */
export interface MergeConflictRow {
  field: string;
  keep: string;
  merge: string;
}

/** The stored fields a merge keeps from `keep` alone (mergeRecords: `keep`'s value wins). */
const FIELDS = [
  'description',
  'role',
  'iso2',
  'placeType',
  'orgType',
  'date',
  'attackType',
  'eventType',
  'target',
  'targetType',
  'weaponType',
  'title',
  'publisher',
  'url',
] as const satisfies readonly (keyof EntityRow)[];

const coordinates = (e: EntityRow) =>
  e.latitude != null && e.longitude != null ? `${e.latitude}, ${e.longitude}` : null;

/** The fields where both have a value and the values differ, in a fixed order. */
export function mergeConflicts(
  keep: EntityRow,
  merge: EntityRow,
  states: { keep: string | null; merge: string | null },
): MergeConflictRow[] {
  const pairs: [string, unknown, unknown][] = [
    ['state', states.keep, states.merge],
    ['within', keep.withinId, merge.withinId],
    ['coordinates', coordinates(keep), coordinates(merge)],
    ...FIELDS.map((f): [string, unknown, unknown] => [f, keep[f], merge[f]]),
  ];
  return pairs
    .filter(([, a, b]) => a != null && b != null && a !== '' && b !== '' && a !== b)
    .map(([field, a, b]) => ({ field, keep: String(a), merge: String(b) }));
}

/** The names of `merge` (name, then aliases) that `keep` does not have yet. */
export function aliasesGained(keep: EntityRow, merge: EntityRow): string[] {
  const had = new Set([keep.name, ...keep.aliases]);
  return [...new Set([merge.name, ...merge.aliases])].filter((name) => !had.has(name));
}
