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

/** The evidence of a link as three parallel fields, one line per quote: source ids, titles, quotes. */
export function evidenceFields(e: EdgeData): [string, string, string] {
  const lines = (f: (x: EdgeData['evidence'][number]) => string) => e.evidence.map(f).join('\n');
  return [lines((x) => x.source.id), lines((x) => x.source.title), lines((x) => x.quote)];
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
      'source_ids',
      'source_titles',
      'quotes',
    ],
    edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.type,
      e.status,
      e.since,
      e.until,
      e.sources,
      ...evidenceFields(e),
    ]),
  );
}
