/**
 * The attacks table's logic, apart from the DOM: which column sorts by which API order, what a
 * click on a chart bar filters to, and the CSV of the table with one line per citation.
 */
import type { AttackOrderInput } from '../api/attacks.js';
import type { AttackRow } from '../api/types.js';
import { casualtyColumns } from './casualties.js';
import { table } from './export-csv.js';
import { periodWindow } from './timeline-series.js';

/** Columns the table sorts by (server side: sorting one page in the browser would be wrong). */
export type SortColumn = 'date' | 'name' | 'killed' | 'wounded';

export interface TableSort {
  column: SortColumn;
  direction: 'ASC' | 'DESC';
}

export const DEFAULT_SORT: TableSort = { column: 'date', direction: 'DESC' };

const FIELDS: Record<SortColumn, AttackOrderInput['field']> = {
  date: 'DATE',
  name: 'NAME',
  killed: 'KILLED',
  wounded: 'WOUNDED',
};

/** The API's orderBy for a table sort. */
export function orderOf(sort: TableSort): AttackOrderInput {
  return { field: FIELDS[sort.column], direction: sort.direction };
}

/**
 * The sort after a click on `column`'s header: the same column flips; a new one starts where an
 * analyst looks first (names A–Z, newest and deadliest first).
 */
export function nextSort(current: TableSort, column: SortColumn): TableSort {
  if (current.column === column)
    return { column, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' };
  return { column, direction: column === 'name' ? 'ASC' : 'DESC' };
}

/** The header's aria-sort value. */
export function ariaSort(sort: TableSort, column: SortColumn): 'ascending' | 'descending' | 'none' {
  if (sort.column !== column) return 'none';
  return sort.direction === 'ASC' ? 'ascending' : 'descending';
}

/** The table filter for a chart bar: its months, and its group unless the bar folds several. */
export function barFilter(
  period: string,
  groupId: string | null,
): { from: string; to: string; groupIds: string[] } {
  const { from, to } = periodWindow(period);
  return { from, to, groupIds: groupId && groupId !== '_other' ? [groupId] : [] };
}

/** "IS-K (claimed)": a perpetrator and the status of its link. */
export function perpetratorText(p: AttackRow['perpetrators'][number]): string {
  const how = p.status ?? p.type.toLowerCase().replace(/_/g, ' ');
  return `${p.actor.name} (${how})`;
}

/** One figure per source, as that source gives it: "at least 170 — Reuters". */
export function figuresBySource(row: AttackRow, what: 'killed' | 'wounded'): string[] {
  return casualtyColumns(row.casualtyReports)
    .filter((c) => c.report[what] !== null)
    .map((c) => `${what === 'killed' ? c.killedText : c.woundedText} — ${c.report.source.title}`);
}

const HEADER = [
  'attack_id',
  'date',
  'name',
  'attack_type',
  'place',
  'state',
  'perpetrators',
  'citation',
  'killed',
  'wounded',
  'qualifier',
  'source_id',
  'source_title',
  'source_url',
  'source_date',
  'quote',
];

/**
 * The table as CSV with its evidence: one line per citation (each source's casualty report, each
 * quote behind a perpetrator link), the attack's own columns repeated, so every figure and every
 * attribution keeps its source, URL and verbatim quote. An attack with no citation gets one line.
 */
export function attacksCsv(rows: AttackRow[]): string {
  const lines = rows.flatMap((row) => {
    const own = [
      row.id,
      row.date,
      row.name,
      row.attackType,
      row.place?.name,
      row.state?.name,
      row.perpetrators.map(perpetratorText),
    ];
    const reports = row.casualtyReports.map((c) => [
      ...own,
      'casualty report',
      c.killed,
      c.wounded,
      c.qualifier,
      c.source.id,
      c.source.title,
      c.source.url,
      c.source.date,
      c.quote,
    ]);
    const attributions = row.perpetrators.flatMap((p) =>
      p.relation.evidence.map((e) => [
        ...own,
        `${p.type} by ${perpetratorText(p)}`,
        null,
        null,
        null,
        e.source.id,
        e.source.title,
        e.source.url,
        e.source.date,
        e.quote,
      ]),
    );
    const cited = [...reports, ...attributions];
    return cited.length > 0 ? cited : [[...own, ...HEADER.slice(own.length).map(() => null)]];
  });
  return table(HEADER, lines);
}
