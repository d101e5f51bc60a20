/**
 * `npm run import -- --reconcile`: repairs the twins earlier imports made (resolve/find-twins.ts).
 * Each safe pair is merged through the same code as the mergeEntities mutation, one transaction per
 * merge, so a merge lands whole or not at all; the other pairs are recorded as duplicate
 * candidates. Running it again finds nothing more to merge. Merges are not reversible yet.
 */
import type { Gateway } from '../db/gateway.js';
import { mergeRecords } from '../writes/merge-records.js';
import { candidateWrite } from './event-writes.js';
import { findTwins } from './resolve/find-twins.js';
import type { KnownEntity } from './resolve/name-resolver.js';

export const RECONCILE_EDITOR = 'reconcile';

export interface ReconcileSummary {
  merged: { keep: string; merge: string }[];
  candidates: number;
}

/** Merges the safe twins and records the rest as candidates. */
export async function reconcile(db: Gateway): Promise<ReconcileSummary> {
  const twins = findTwins(await db.read<KnownEntity>('import/known-entities'));
  const merged: ReconcileSummary['merged'] = [];
  for (const twin of twins.filter((t) => t.safe)) {
    const now = new Date().toISOString();
    await db.writeAll(`reconcile ${twin.merge}`, (tx) =>
      mergeRecords(tx, twin.keep, twin.merge, RECONCILE_EDITOR, now),
    );
    merged.push({ keep: twin.keep, merge: twin.merge });
  }
  const candidates = twins
    .filter((t) => !t.safe)
    .map((t) => candidateWrite(t.kind, t.merge, { id: t.keep, score: 1, reason: t.reason }));
  if (candidates.length > 0) {
    await db.write('import/record-candidates', {
      candidates,
      editor: RECONCILE_EDITOR,
      now: new Date().toISOString(),
    });
  }
  return { merged, candidates: candidates.length };
}

/** The summary as printed at the end of `npm run import -- --reconcile`. */
export function formatReconcile(s: ReconcileSummary): string {
  return [
    `Reconciled: ${s.merged.length} twin(s) merged, ${s.candidates} pair(s) left as candidates`,
    ...s.merged.map((m) => `  ${m.merge} -> ${m.keep}`),
  ].join('\n');
}
