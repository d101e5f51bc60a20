/**
 * What a mutation answers with, read inside its own write transaction. Read afterwards, in a
 * transaction of its own, the entity or relation — or a relation's endpoint — could already be
 * gone: deleted or merged away by a concurrent edit, or not yet on the cluster member the read is
 * routed to. The answer would then be an error although the write had succeeded.
 */
import type { Context } from '../../context.js';
import type { QueryRunner } from '../../../db/gateway.js';
import { notFound } from '../../../errors/api-errors.js';
import type { EntityRow, RelationRow } from '../../records.js';

/** The entity `id` as the transaction `tx` sees it. */
export async function readBackEntity(tx: QueryRunner, id: string): Promise<EntityRow> {
  const [row] = await tx.run<{ entity: EntityRow }>('entity/by-ids', { ids: [id] });
  if (!row) throw notFound(`No entity has the id "${id}".`);
  return row.entity;
}

/** The relation `id` and its two endpoints as the transaction `tx` sees them. */
export async function readBackRelation(
  tx: QueryRunner,
  id: string,
): Promise<{ relation: RelationRow; endpoints: EntityRow[] }> {
  const [row] = await tx.run<{ relation: RelationRow }>('relation/by-ids', { ids: [id] });
  if (!row) throw notFound(`No relation has the id "${id.slice(0, 200)}".`);
  const { relation } = row;
  const ends = await tx.run<{ entity: EntityRow }>('entity/by-ids', {
    ids: [relation.from, relation.to],
  });
  return { relation, endpoints: ends.map((end) => end.entity) };
}

/** Once committed, the request's later lookups of the written rows find them as written. */
export function primeLoaders(
  ctx: Context,
  { entities = [], relation }: { entities?: EntityRow[]; relation?: RelationRow },
): void {
  for (const entity of entities) ctx.loaders.entity.clear(entity.id).prime(entity.id, entity);
  if (relation) ctx.loaders.relation.clear(relation.id).prime(relation.id, relation);
}
