/**
 * The view as GEXF 1.3, Gephi's own format: node kinds and links with their evidence (quotes,
 * source titles, publishers, dates and URLs) as declared attributes, and each node where it stands
 * in the view, so Gephi opens the picture the analyst made. Hand-written like the GraphML writer:
 * the format is a few fixed elements, and a GEXF library would bring a DOM for that.
 */
import type { EdgeData, NodeData } from './elements.js';
import { EVIDENCE_COLUMNS, evidenceFields } from './export-csv.js';
import { xmlEscape } from './export-graphml.js';

/**
 * Escapes an attribute value. XML parsers turn a raw line break in an attribute into a space
 * (attribute-value normalisation), which would merge the one-quote-per-line evidence: breaks and
 * tabs are written as character references.
 */
const attribute = (text: string) =>
  xmlEscape(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

const NODE_ATTRIBUTES = ['kind', 'aliases', 'degree', 'date'] as const;
const EDGE_ATTRIBUTES = ['type', 'status', 'since', 'until', 'sources', ...EVIDENCE_COLUMNS];
const TYPES: Record<string, string> = { degree: 'integer', sources: 'integer' };

function declarations(kind: 'node' | 'edge', names: readonly string[]): string[] {
  return [
    `    <attributes class="${kind}">`,
    ...names.map(
      (name, i) => `      <attribute id="${i}" title="${name}" type="${TYPES[name] ?? 'string'}"/>`,
    ),
    '    </attributes>',
  ];
}

function values(names: readonly string[], record: Record<string, unknown>): string[] {
  const lines = names.flatMap((name, i) => {
    const raw = record[name];
    if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && !raw.length))
      return [];
    const text = Array.isArray(raw) ? raw.join('; ') : String(raw);
    return [`          <attvalue for="${i}" value="${attribute(text)}"/>`];
  });
  return lines.length ? ['        <attvalues>', ...lines, '        </attvalues>'] : [];
}

/** A directed GEXF document; `positions` (model coordinates by node id) become viz:position. */
export function toGexf(
  nodes: NodeData[],
  edges: EdgeData[],
  positions: ReadonlyMap<string, { x: number; y: number }> = new Map(),
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta><creator>ActorGraph</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
  ];
  for (const node of nodes) {
    const at = positions.get(node.id);
    lines.push(
      `      <node id="${xmlEscape(node.id)}" label="${attribute(node.name)}">`,
      ...values(NODE_ATTRIBUTES, { ...node }),
      // GEXF's y axis points up, the screen's down.
      ...(at ? [`        <viz:position x="${at.x}" y="${-at.y}" z="0"/>`] : []),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of edges) {
    lines.push(
      `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" label="${xmlEscape(edge.label)}">`,
      ...values(EDGE_ATTRIBUTES, { ...edge, ...evidenceFields(edge) }),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
