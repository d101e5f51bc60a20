/**
 * An import run: stream the file, map each row to graph writes, write them in batches of whole
 * rows (batched-pass.ts), and report rejects, progress and a summary.
 *
 * Re-running is safe at any point: every write merges by id and appends only new evidence, and
 * names resolve the same way from the same graph and file, so a killed import run again ends with
 * the graph an uninterrupted run makes. RELATED_TO links whose second attack comes later in the
 * file are made by a second reading, which only runs when some link lacked its attack.
 */
import type { Gateway } from '../db/gateway.js';
import { entityWrite } from '../domain/graph-write.js';
import { batchedPass } from './batched-pass.js';
import { addEventWrites, addRelatedWrites, type GraphWrites } from './event-writes.js';
import { RejectReport } from './reject-report.js';
import { readAliasTable } from './resolve/alias-table.js';
import { type KnownEntity, NameResolver } from './resolve/name-resolver.js';
import { importEditor, type ImportOptions } from './import-options.js';
import { emptySummary, type ImportSummary } from './summary.js';

const sizes = (batch: GraphWrites) => ({
  entities: batch.entities.length,
  relations: batch.relations.length,
  reports: batch.reports.length,
  candidates: batch.candidates.length,
});

/** Imports `options.file` into the graph and returns what it did. */
export async function runImport(db: Gateway, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const { dataset } = options;
  const source = dataset.source.id;
  await db.write('edit/upsert-entities', {
    entities: [entityWrite(dataset.source)],
    editor: importEditor(dataset),
    now: new Date().toISOString(),
  });
  const resolver = new NameResolver(
    options.aliases ?? readAliasTable(),
    await db.read<KnownEntity>('import/known-entities'),
  );
  const rejects = RejectReport.beside(options.file, options.rejectsDir);
  const summary = emptySummary(dataset.name, options.file);
  try {
    const first = await batchedPass(db, options, dataset.name, {
      row: (event, batch) => {
        const before = sizes(batch);
        addEventWrites(event, resolver, source, batch);
        summary.imported++;
        for (const { kind } of batch.entities.slice(before.entities)) {
          if (kind !== 'Attack') summary.created[kind] = (summary.created[kind] ?? 0) + 1;
        }
        summary.relations += batch.relations.length - before.relations;
        summary.casualtyReports += batch.reports.length - before.reports;
        summary.candidates += batch.candidates.length - before.candidates;
      },
      other: (at, id, reason) =>
        reason === null ? summary.skipped++ : rejects.add(at.row, at.line, id, reason),
    });
    summary.rows = first.rows;
    summary.encoding = first.encoding;
    summary.unmatchedRelated = first.unmatched;
    if (first.unmatched > 0) {
      const second = await batchedPass(db, options, `${dataset.name} (related)`, {
        row: (event, batch) => addRelatedWrites(event, source, batch),
        other: () => {},
      });
      summary.unmatchedRelated = second.unmatched;
    }
  } finally {
    await rejects.close();
  }
  summary.resolved = resolver.joined.size;
  summary.rejected = rejects.count;
  summary.rejectFile = rejects.count > 0 ? rejects.file : null;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
