/**
 * The one definition of a relation's independent sources, for `Relation.independentSources` and
 * path strength: its distinct evidence sources, a near-copy (DUPLICATE_OF) counted as the source
 * it copies, so a copy and its original count once.
 */
import { loadEntities, type Loaders } from '../../loaders.js';
import type { RelationRow } from '../../records.js';

export async function independentSources(relation: RelationRow, loaders: Loaders): Promise<number> {
  const ids = [...new Set(relation.evidenceSources ?? [])];
  const sources = await loadEntities(loaders, ids);
  const originalOf = new Map(sources.map((s) => [s.id, s.duplicateOf?.[0]?.id]));
  return new Set(ids.map((id) => originalOf.get(id) || id)).size;
}
