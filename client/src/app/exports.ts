/**
 * Saves the view as a file: PNG (cy.png), SVG, Cytoscape JSON, GraphML, GEXF or CSV. Links carry
 * their evidence (quotes, sources with titles, dates and URLs): the view's relations are fetched
 * with it (fragment RelationFields), so an export needs no further request.
 */
import type { Core } from 'cytoscape';
import type { EdgeData, NodeData } from '../graph/elements.js';
import { edgesCsv, evidenceCsv, nodesCsv } from '../graph/export-csv.js';
import { toGexf } from '../graph/export-gexf.js';
import { toGraphML } from '../graph/export-graphml.js';
import { toSvg, type SvgEdge, type SvgNode } from '../graph/export-svg.js';
import type { ExportFormat } from '../panels/toolbar.js';

/** Saves `blob` as a file named `name` through the browser's download. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Visible elements only: the export is the view the user sees, filters included. */
function visibleData(cy: Core): { nodes: NodeData[]; edges: EdgeData[] } {
  return {
    nodes: cy.nodes(':visible').map((n) => n.data() as NodeData),
    edges: cy.edges(':visible').map((e) => e.data() as EdgeData),
  };
}

/** Cytoscape JSON of the view with only the elements shown (cy.json() would add filtered ones). */
function visibleJson(cy: Core): object {
  const all = cy.json() as Record<string, unknown>;
  return { ...all, elements: cy.elements(':visible').jsons() };
}

/** The PNG of the whole view at twice the screen resolution on a white background. */
function pngBlob(cy: Core): Promise<Blob> {
  return cy.png({
    output: 'blob-promise',
    full: true,
    scale: 2,
    bg: '#ffffff',
    maxWidth: 8000,
    maxHeight: 8000,
  });
}

const px = (value: string) => Number.parseFloat(value) || 0;

/** The visible scene as Cytoscape drew it: positions, sizes, colours and labels. */
function svgScene(cy: Core): { nodes: SvgNode[]; edges: SvgEdge[] } {
  const nodes = cy.nodes(':visible').map((n): SvgNode => {
    const shape = String(n.style('shape'));
    return {
      id: n.id(),
      ...n.position(),
      width: n.width(),
      height: n.height(),
      fill: String(n.style('background-color')),
      stroke: String(n.style('border-color')),
      strokeWidth: px(String(n.style('border-width'))),
      shape: shape.includes('rectangle') ? 'rectangle' : 'ellipse',
      label: String(n.style('label') ?? ''),
      title: String(n.data('name') ?? n.id()),
    };
  });
  const edges = cy.edges(':visible').map((e): SvgEdge => {
    const data = e.data() as EdgeData;
    const from = e.sourceEndpoint();
    const to = e.targetEndpoint();
    return {
      id: e.id(),
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      color: String(e.style('line-color')),
      width: px(String(e.style('width'))),
      dashed: String(e.style('line-style')) !== 'solid',
      label: data.label,
      title: [data.label, ...data.evidence.map((x) => `“${x.quote}” — ${x.source.title}`)].join(
        '\n',
      ),
    };
  });
  return { nodes, edges };
}

/** Downloads the view in `format`; the file name carries the date so exports do not overwrite each other. */
export async function exportView(cy: Core, format: ExportFormat): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const base = `actorgraph-${stamp}`;
  const { nodes, edges } = visibleData(cy);
  switch (format) {
    case 'png':
      return download(`${base}.png`, await pngBlob(cy));
    case 'json':
      return download(
        `${base}.cyjs`,
        new Blob([JSON.stringify(visibleJson(cy), null, 2)], { type: 'application/json' }),
      );
    case 'graphml':
      return download(
        `${base}.graphml`,
        new Blob([toGraphML(nodes, edges)], { type: 'application/graphml+xml' }),
      );
    case 'csv-nodes':
      return download(`${base}-nodes.csv`, new Blob([nodesCsv(nodes)], { type: 'text/csv' }));
    case 'csv-edges':
      return download(`${base}-links.csv`, new Blob([edgesCsv(edges)], { type: 'text/csv' }));
    case 'csv-evidence':
      return download(`${base}-evidence.csv`, new Blob([evidenceCsv(edges)], { type: 'text/csv' }));
    case 'gexf': {
      const at = new Map(cy.nodes(':visible').map((n) => [n.id(), n.position()] as const));
      return download(
        `${base}.gexf`,
        new Blob([toGexf(nodes, edges, at)], { type: 'application/gexf+xml' }),
      );
    }
    case 'svg': {
      const scene = svgScene(cy);
      return download(
        `${base}.svg`,
        new Blob([toSvg(scene.nodes, scene.edges)], { type: 'image/svg+xml' }),
      );
    }
  }
}
