/** The view as CSV (RFC 4180): one file of nodes, one of links, for spreadsheets and pandas. */
import type { EdgeData, NodeData } from './elements.js';

/** One CSV field, quoted when it holds a comma, quote or line break; formula-leading characters escaped. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  // Spreadsheets run cells starting with = + - @ as formulas; a leading quote keeps them text.
  if (/^[=+\-@]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file (RFC 4180, CRLF line ends) of a header and rows. */
export function table(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Nodes: id, kind, name, aliases, degree, date. */
export function nodesCsv(nodes: NodeData[]): string {
  return table(
    ['id', 'kind', 'name', 'aliases', 'degree', 'date'],
    nodes.map((n) => [n.id, n.kind, n.name, n.aliases, n.degree, n.date]),
  );
}

/** The evidence columns, in file order; each holds one line per piece of evidence. */
export const EVIDENCE_COLUMNS = [
  'source_ids',
  'source_titles',
  'source_publishers',
  'source_dates',
  'source_urls',
  'quotes',
] as const;

/**
 * The evidence of a link as parallel fields, one line per piece of evidence (line n of `quotes`
 * comes from line n of `source_ids`, `source_titles`, … ): a link stays one row.
 */
export function evidenceFields(e: EdgeData): Record<(typeof EVIDENCE_COLUMNS)[number], string> {
  const lines = (f: (x: EdgeData['evidence'][number]) => string | null) =>
    e.evidence.map((x) => f(x) ?? '').join('\n');
  return {
    source_ids: lines((x) => x.source.id),
    source_titles: lines((x) => x.source.title),
    source_publishers: lines((x) => x.source.publisher),
    source_dates: lines((x) => x.source.date),
    source_urls: lines((x) => x.source.url),
    quotes: lines((x) => x.quote),
  };
}

/** Links: id, from, to, type, status, since, until, independent sources, and their evidence. */
export function edgesCsv(edges: EdgeData[]): string {
  return table(
    [
      'id',
      'from',
      'to',
      'type',
      'status',
      'since',
      'until',
      'independent_sources',
      ...EVIDENCE_COLUMNS,
    ],
    edges.map((e) => {
      const evidence = evidenceFields(e);
      return [
        e.id,
        e.source,
        e.target,
        e.type,
        e.status,
        e.since,
        e.until,
        e.sources,
        ...EVIDENCE_COLUMNS.map((c) => evidence[c]),
      ];
    }),
  );
}

/**
 * The evidence of the links, one row per quote: for citing in a report or checking in a
 * spreadsheet, where one cell of many quotes is hard to read.
 */
export function evidenceCsv(edges: EdgeData[]): string {
  return table(
    [
      'link_id',
      'from',
      'to',
      'type',
      'status',
      'source_id',
      'source_title',
      'source_publisher',
      'source_date',
      'source_url',
      'quote',
      'verified',
    ],
    edges.flatMap((e) =>
      e.evidence.map((x) => [
        e.id,
        e.source,
        e.target,
        e.type,
        e.status,
        x.source.id,
        x.source.title,
        x.source.publisher,
        x.source.date,
        x.source.url,
        x.quote,
        x.verified,
      ]),
    ),
  );
}
