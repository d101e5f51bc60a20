/** What an import did, as numbers for tests and the bench, and as the lines that end a run. */
import type { EntityKind } from '../domain/vocabulary.js';

export interface ImportSummary {
  dataset: string;
  file: string;
  /** The file's text encoding and how it was chosen: "windows-1252 (detected)". */
  encoding: string;
  /** Data rows read (the header not counted). */
  rows: number;
  /** Rows written as attacks. */
  imported: number;
  /** Rows outside the importer's scope (e.g. ACLED protests). */
  skipped: number;
  rejected: number;
  rejectFile: string | null;
  /** Entities met for the first time, by kind (attacks not counted). */
  created: Partial<Record<EntityKind, number>>;
  /** Distinct entities the graph held before the import that its names resolved to. */
  resolved: number;
  /** New entities recorded as possible duplicates of existing ones (DuplicateCandidate). */
  candidates: number;
  relations: number;
  casualtyReports: number;
  /** RELATED_TO links naming an attack that is not in the graph. */
  unmatchedRelated: number;
  seconds: number;
}

export const emptySummary = (dataset: string, file: string): ImportSummary => ({
  dataset,
  file,
  encoding: '',
  rows: 0,
  imported: 0,
  skipped: 0,
  rejected: 0,
  rejectFile: null,
  created: {},
  resolved: 0,
  candidates: 0,
  relations: 0,
  casualtyReports: 0,
  unmatchedRelated: 0,
  seconds: 0,
});

const n = (value: number) => value.toLocaleString('en');

/** The summary as printed at the end of `npm run import`. */
export function formatSummary(s: ImportSummary): string {
  const created =
    Object.entries(s.created)
      .map(([kind, count]) => `${n(count)} ${kind}`)
      .join(', ') || 'none';
  return [
    `Imported ${s.dataset.toUpperCase()} ${s.file}`,
    `  encoding         ${s.encoding}`,
    `  rows read        ${n(s.rows)} in ${s.seconds.toFixed(1)} s (${n(Math.round(s.rows / Math.max(s.seconds, 0.001)))} rows/s)`,
    `  attacks          ${n(s.imported)}`,
    `  skipped          ${n(s.skipped)}${s.skipped ? ' (outside the importer’s scope)' : ''}`,
    `  rejected         ${n(s.rejected)}${s.rejectFile ? ` — see ${s.rejectFile}` : ''}`,
    `  new entities     ${created}`,
    `  resolved         ${n(s.resolved)} existing entities met by name, ${n(s.candidates)} possible duplicate(s) to review`,
    `  links written    ${n(s.relations)}, casualty reports ${n(s.casualtyReports)}`,
    ...(s.unmatchedRelated
      ? [`  related links    ${n(s.unmatchedRelated)} name an attack that is not in the graph`]
      : []),
  ].join('\n');
}
