/**
 * Every quote of a seed folder with the file and JSON path it sits at, so that the checks and the
 * curation script walk the same places and name them the same way.
 */
import type { SeedSet } from './seed-set.js';
import { FILE_OF_KIND, KIND_OF_FILE } from './seed-format.js';

/** A seed item that may quote sources: an entity (evidence, casualty reports) or a relation. */
export interface Quoting<Q> {
  evidence?: readonly Q[] | undefined;
  casualtyReports?: readonly Q[] | undefined;
}

export interface QuoteAt<Q> {
  file: string;
  /** JSON path inside the file, e.g. "[3].casualtyReports[0]". */
  path: string;
  item: Q;
}

/** The files that quote sources, in a fixed order: the entity files, then relations.json. */
export const QUOTING_FILES = [...Object.keys(KIND_OF_FILE), 'relations.json'] as const;

/** Every quote of the given files (file name → its array), in file order then item order. */
export function quotesOf<Q>(files: ReadonlyMap<string, readonly Quoting<Q>[]>): QuoteAt<Q>[] {
  return [...files].flatMap(([file, items]) =>
    items.flatMap((entry, i) => [
      ...(entry.evidence ?? []).map((item, j) => ({ file, path: `[${i}].evidence[${j}]`, item })),
      ...(entry.casualtyReports ?? []).map((item, j) => ({
        file,
        path: `[${i}].casualtyReports[${j}]`,
        item,
      })),
    ]),
  );
}

/** A validated seed set regrouped by the file each item came from. */
export function filesOfSet(set: SeedSet): Map<string, readonly Quoting<SetQuote>[]> {
  const files = new Map<string, Quoting<SetQuote>[]>(QUOTING_FILES.map((f) => [f, []]));
  for (const entity of set.entities) files.get(FILE_OF_KIND[entity.kind])?.push(entity);
  files.set('relations.json', set.relations);
  return files;
}

/** What the checks need of a stored quote. */
export interface SetQuote {
  source: string;
  quote: string;
  offset: number;
  length: number;
}
