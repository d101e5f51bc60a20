/** What the importer needs to know about one dataset format (see gtd.ts, acled.ts). */
import type { EntityRecord } from '../../domain/graph-write.js';
import type { TableRow } from '../csv/table-rows.js';
import type { DatasetEvent } from '../dataset-event.js';

export interface Dataset {
  name: string;
  /** The Source entity every row of the dataset is evidence from. */
  source: EntityRecord & { kind: 'Source' };
  /** The columns of the real export, in order: what the generator writes. */
  header: readonly string[];
  /** Columns the importer reads; a file whose header lacks one is refused as a whole. */
  required: readonly string[];
  /** The column of the row's own id, quoted in the reject report. */
  idColumn: string;
  /** The row as an event; null when the row is out of scope (counted, not rejected). Throws RowRejected. */
  toEvent(row: TableRow): DatasetEvent | null;
}
