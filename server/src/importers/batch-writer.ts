/**
 * Writes one batch of rows in one write transaction through the gateway, with the same queries
 * the seed loader and the editing mutations use: a batch lands whole or not at all, so a killed
 * import leaves only whole batches behind, and running it again merges over them.
 */
import type { Gateway, QueryRunner } from '../db/gateway.js';
import { entityWrite } from '../domain/graph-write.js';
import type { CitationSource } from './citation-sources.js';
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

/**
 * Stores the batch's citation texts as addSource does (source/claim-text, source/attach-text) and
 * creates the sources of texts no source holds yet. Returns the citation ids to cite instead: a
 * text another source holds already (from addSource, a seed, another import) is cited there.
 */
async function writeCitationSources(
  tx: QueryRunner,
  sources: readonly CitationSource[],
  editor: string,
  now: string,
): Promise<Map<string, string>> {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  const claims = await tx.run<{ sha256: string; sourceId: string | null; hasText: boolean }>(
    'source/claim-text',
    {
      texts: unique.map(({ text, sha256, length }) => ({ text, sha256, length, excluded: [] })),
      editor,
      now,
    },
  );
  const held = new Map(claims.map((c) => [c.sha256, c]));
  const fresh = unique.filter((s) => !held.get(s.sha256)?.sourceId);
  if (fresh.length > 0) {
    const entities = fresh.map(({ id, title, publisher }) =>
      entityWrite({ id, kind: 'Source', name: title, title, publisher }),
    );
    await tx.run('edit/upsert-entities', { entities, editor, now });
  }
  const textless = unique.flatMap((s) => {
    const claim = held.get(s.sha256);
    if (!claim?.sourceId) return [{ id: s.id, sha256: s.sha256, length: s.length }];
    return claim.hasText ? [] : [{ id: claim.sourceId, sha256: s.sha256, length: s.length }];
  });
  if (textless.length > 0) await tx.run('source/attach-text', { texts: textless });
  return new Map(
    unique.flatMap((s) => {
      const holder = held.get(s.sha256)?.sourceId;
      return holder && holder !== s.id ? [[s.id, holder] as const] : [];
    }),
  );
}

/** `writes` with the evidence of citation sources renamed to the sources that hold their texts. */
function citing<T extends { evidenceSources: string[] }>(
  writes: T[],
  rename: ReadonlyMap<string, string>,
): T[] {
  if (rename.size === 0) return writes;
  return writes.map((w) => ({
    ...w,
    evidenceSources: w.evidenceSources.map((id) => rename.get(id) ?? id),
  }));
}

/** Writes `writes`; returns how many RELATED_TO links found no second attack (yet). */
export async function writeBatch(
  db: Gateway,
  writes: GraphWrites,
  editor: string,
): Promise<number> {
  const now = new Date().toISOString();
  return db.writeAll(`import/batch ${editor}`, async (tx) => {
    const rename =
      writes.sources.length > 0
        ? await writeCitationSources(tx, writes.sources, editor, now)
        : new Map<string, string>();
    if (writes.entities.length > 0) {
      const entities = citing(writes.entities, rename);
      await tx.run('edit/upsert-entities', { entities, editor, now });
    }
    const written = await upsertRelations(tx, citing(writes.relations, rename), editor, now);
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
    if (writes.candidates.length > 0) {
      await tx.run('import/record-candidates', { candidates: writes.candidates, editor, now });
    }
    return writes.related.length - related;
  });
}
