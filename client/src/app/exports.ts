/** Saves the view as a file: PNG (cy.png), Cytoscape JSON, GraphML or CSV. */
import type { Core } from 'cytoscape';
import type { EdgeData, NodeData } from '../graph/elements.js';
import { edgesCsv, nodesCsv } from '../graph/export-csv.js';
import { toGraphML } from '../graph/export-graphml.js';
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
  }
}
