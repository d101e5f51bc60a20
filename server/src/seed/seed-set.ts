/**
 * A seed folder once read, and the shape of what is wrong with one: what the reader returns and
 * every check (the cross-file rules, the article texts, curation) takes or reports.
 */
import type {
  SeedDuplicateSource,
  SeedEntity,
  SeedEntityKind,
  SeedRelation,
  SeedSource,
} from './seed-format.js';

export interface SeedProblem {
  file: string;
  /** Path inside the file, e.g. "[3].evidence[0].quote"; empty for the file as a whole. */
  path: string;
  message: string;
}

export interface SeedEntityOfKind extends SeedEntity {
  kind: SeedEntityKind;
}

export interface SeedSet {
  sources: SeedSource[];
  entities: SeedEntityOfKind[];
  relations: SeedRelation[];
  /** Near-copies among the sources, as curated from the texts (duplicate-sources.json). */
  duplicates: SeedDuplicateSource[];
}
