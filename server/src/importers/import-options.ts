/** How an import run is told what to read and how to write it. */
import type { EncodingChoice } from './csv/text-encoding.js';
import type { Dataset } from './datasets/dataset.js';
import type { ProgressOptions } from './progress.js';
import type { AliasTable } from './resolve/alias-table.js';

export interface ImportOptions {
  /** 'auto' (default) detects UTF-8 or Windows-1252; see csv/text-encoding.ts. */
  encoding?: EncodingChoice;
  dataset: Dataset;
  file: string;
  /** Folder for the reject report; beside the input file when unset. */
  rejectsDir?: string;
  /** Rows per write transaction. */
  batchSize?: number;
  aliases?: AliasTable;
  progress?: ProgressOptions;
}

/** Rows per write transaction unless told otherwise: large enough to amortise commits, small enough for a 1 GiB heap. */
export const DEFAULT_BATCH_SIZE = 2000;

/** The createdBy of everything an import of `dataset` creates (see cypher/import/delete-imported). */
export const importEditor = (dataset: Dataset) => `import:${dataset.name}`;
