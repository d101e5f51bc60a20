/**
 * One streaming pass over a dataset file with batched writes: rows are mapped as they are read,
 * and a full batch is written in one transaction while the next batch is being read, so parsing
 * and the database work side by side. Only two batches are ever held in memory.
 */
import { statSync } from 'node:fs';
import type { Gateway } from '../db/gateway.js';
import { writeBatch } from './batch-writer.js';
import type { DatasetEvent } from './dataset-event.js';
import { RecordDecoder } from './csv/text-encoding.js';
import { datasetRows } from './dataset-rows.js';
import { emptyWrites, type GraphWrites } from './event-writes.js';
import { Progress } from './progress.js';
import { RowRejected } from './row-fields.js';
import { DEFAULT_BATCH_SIZE, importEditor, type ImportOptions } from './import-options.js';

export interface PassHandlers {
  /** Adds the graph writes of a row in scope to the batch being filled. */
  row(event: DatasetEvent, batch: GraphWrites): void;
  /** A row out of the dataset's scope (reason null) or rejected (with the reason). */
  other(at: { row: number; line: number }, id: string, reason: string | null): void;
}

/**
 * One reading of the file: rows go to `handlers`, and each full batch is written while the next
 * one is read. Returns the rows read, the RELATED_TO links that found no second attack and the
 * encoding the file was read in.
 */
export async function batchedPass(
  db: Gateway,
  options: ImportOptions,
  label: string,
  handlers: PassHandlers,
): Promise<{ rows: number; unmatched: number; encoding: string }> {
  const { dataset, file } = options;
  const progress = new Progress(label, statSync(file).size, options.progress);
  let batch = emptyWrites();
  let batchRows = 0;
  let rows = 0;
  let end = 0;
  let unmatched = 0;
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown;
  const flush = async () => {
    const writes = batch;
    batch = emptyWrites();
    batchRows = 0;
    await writing;
    if (failure) throw failure;
    if (Object.values(writes).every((list) => list.length === 0)) return;
    writing = writeBatch(db, writes, importEditor(dataset)).then(
      (missing) => void (unmatched += missing),
      (error: unknown) => void (failure = error),
    );
  };
  const decoder = new RecordDecoder(options.encoding);
  for await (const item of datasetRows(file, dataset, decoder)) {
    rows++;
    end = item.end;
    if ('reason' in item) {
      handlers.other(item, '', item.reason);
    } else {
      try {
        const event = dataset.toEvent(item);
        if (event) handlers.row(event, batch);
        else handlers.other(item, item.get(dataset.idColumn), null);
        batchRows++;
      } catch (error) {
        if (!(error instanceof RowRejected)) throw error;
        handlers.other(item, item.get(dataset.idColumn), error.message);
      }
    }
    if (batchRows >= (options.batchSize ?? DEFAULT_BATCH_SIZE)) await flush();
    progress.update(end, rows);
  }
  await flush();
  await writing;
  if (failure) throw failure;
  progress.done(end, rows);
  return { rows, unmatched, encoding: decoder.label };
}
