/** The view as GraphML, which Gephi, yEd and NetworkX read, with every attribute declared. */
import type { EdgeData, NodeData } from './elements.js';
import { EVIDENCE_COLUMNS, evidenceFields } from './export-csv.js';

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

const NODE_KEYS = [
  ['kind', 'string'],
  ['name', 'string'],
  ['aliases', 'string'],
  ['degree', 'int'],
  ['date', 'string'],
] as const;
const EDGE_KEYS = [
  ['type', 'string'],
  ['status', 'string'],
  ['since', 'string'],
  ['until', 'string'],
  ['sources', 'int'],
  // One line per piece of evidence, in the same order in each (export-csv.ts, evidenceFields).
  ...EVIDENCE_COLUMNS.map((column) => [column, 'string'] as const),
] as const;

function dataLines(
  prefix: string,
  keys: readonly (readonly [string, string])[],
  record: Record<string, unknown>,
): string[] {
  return keys.flatMap(([key]) => {
    const raw = record[key];
    if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0))
      return [];
    const value = Array.isArray(raw) ? raw.join('; ') : String(raw);
    return [`      <data key="${prefix}_${key}">${xmlEscape(value)}</data>`];
  });
}

/** A directed GraphML document of the nodes and links. */
export function toGraphML(nodes: NodeData[], edges: EdgeData[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(
      ([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`,
    ),
    '  <graph id="actorgraph" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(
      `    <node id="${xmlEscape(node.id)}">`,
      ...dataLines('n', NODE_KEYS, { ...node }),
      '    </node>',
    );
  }
  for (const edge of edges) {
    lines.push(
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
      ...dataLines('e', EDGE_KEYS, { ...edge, ...evidenceFields(edge) }),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
