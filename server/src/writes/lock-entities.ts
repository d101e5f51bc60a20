/**
 * Every editing transaction takes the write locks of the entities it touches before it reads
 * anything (cypher/edit/lock-entities.cypher). Neo4j reads are read-committed, and on a busy
 * ("dense") node creating or deleting a relationship does not lock the node itself, so without
 * this a merge could read a link, another editor delete it or add evidence to it, and the merge
 * then write its stale copy back — undoing an acknowledged write. With it, edits of one entity
 * run one after the other.
 */
import type { QueryRunner } from '../db/gateway.js';

/** Locks the entities `ids` (those that exist) until `tx` ends; sorted, so no two deadlock. */
export async function lockEntities(tx: QueryRunner, ids: readonly string[]): Promise<void> {
  await tx.run('edit/lock-entities', { ids: [...new Set(ids)].sort() });
}
