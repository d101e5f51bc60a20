/**
 * Per-request batching: every entity, relation or attack detail a request needs is fetched in
 * one round trip per kind of lookup, whatever the nesting of the document (no N+1).
 */
import DataLoader from 'dataloader';
import type { Gateway } from '../db/gateway.js';
import { conflict } from '../errors/api-errors.js';
import type { AttackDetailsRow, EntityRow, RelationRow, SourceTextRow } from './records.js';

function byId<T extends { id: string }>(db: Gateway, query: string, field: string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.read<Record<string, T>>(query, { ids: [...ids] });
    const found = new Map(
      rows.map((row) => {
        const value = row[field] as T;
        return [value.id, value] as const;
      }),
    );
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createLoaders(db: Gateway) {
  return {
    entity: byId<EntityRow>(db, 'entity/by-ids', 'entity'),
    relation: byId<RelationRow>(db, 'relation/by-ids', 'relation'),
    attackDetails: new DataLoader<string, AttackDetailsRow | null>(async (ids) => {
      const rows = await db.read<AttackDetailsRow>('attack/details', { ids: [...ids] });
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Stored source texts by source id, read only by the fields that show text. */
    sourceText: new DataLoader<string, SourceTextRow | null>(async (ids) => {
      const rows = await db.read<SourceTextRow>('source/texts-of', { ids: [...ids] });
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The entities with these ids, in order, leaving out ids that no longer exist. A failed lookup
 * (the database gone mid-request) fails the field rather than leaving the entity out unnoticed.
 */
export async function loadEntities(loaders: Loaders, ids: readonly string[]): Promise<EntityRow[]> {
  const rows = await loaders.entity.loadMany(ids);
  const failed = rows.find((row) => row instanceof Error);
  if (failed) throw failed;
  return rows.filter((row): row is EntityRow => row !== null && !(row instanceof Error));
}

/**
 * The entity `id` that a row read a moment ago refers to (a relation's endpoint, a ranked or
 * neighbouring entity). Gone by now means that a concurrent edit — a merge, a deletion — removed
 * it in between: CONFLICT, which a retry resolves, rather than an internal error.
 */
export async function loadReferenced(loaders: Loaders, id: string): Promise<EntityRow> {
  const entity = await loaders.entity.load(id);
  if (!entity)
    throw conflict(`The entity "${id}" was just removed by a concurrent edit; retry the request.`);
  return entity;
}
