/**
 * Writes one batch of rows in one write transaction through the gateway, with the same queries
 * the seed loader and the editing mutations use: a batch lands whole or not at all, so a killed
 * import leaves only whole batches behind, and running it again merges over them.
 */
import type { Gateway, QueryRunner } from '../db/gateway.js';
import type { GraphWrites } from './event-writes.js';

class ImportWriteError extends Error {}

async function upsertRelations(
  tx: QueryRunner,
  relations: GraphWrites['relations'],
  editor: string,
  now: string,
) {
  if (relations.length === 0) return 0;
  const [row] = await tx.run<{ written: number }>('edit/upsert-relations', {
    relations,
    editor,
    now,
  });
  return row?.written ?? 0;
}

/** Writes `writes`; returns how many RELATED_TO links found no second attack (yet). */
export async function writeBatch(
  db: Gateway,
  writes: GraphWrites,
  editor: string,
): Promise<number> {
  const now = new Date().toISOString();
  return db.writeAll(`import/batch ${editor}`, async (tx) => {
    if (writes.entities.length > 0) {
      await tx.run('edit/upsert-entities', { entities: writes.entities, editor, now });
    }
    const written = await upsertRelations(tx, writes.relations, editor, now);
    if (written !== writes.relations.length) {
      // Every endpoint was resolved or created above, so a missing one means the graph changed under us.
      throw new ImportWriteError(
        `${writes.relations.length - written} relation(s) lost an endpoint; the batch was rolled back.`,
      );
    }
    const related = await upsertRelations(tx, writes.related, editor, now);
    if (writes.reports.length > 0) {
      await tx.run('edit/upsert-casualty-reports', { reports: writes.reports });
    }
    return writes.related.length - related;
  });
}
