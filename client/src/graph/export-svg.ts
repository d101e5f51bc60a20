/**
 * The view as SVG, for reports: vector, so it prints sharp at any size and can be edited in
 * Inkscape or Illustrator. Cytoscape draws to a canvas and has no SVG export; the cytoscape-svg
 * extension is GPL-3.0 (it would bind this project's licence) and replays the canvas renderer's
 * private drawing calls, which the WebGL renderer does not make. So the scene is written here from
 * what Cytoscape computed (positions, sizes, colours, labels): the same picture, drawn simply.
 */
import { xmlEscape } from './export-graphml.js';

/** A node as drawn: centre, size and colours in model coordinates. */
export interface SvgNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** Rectangles for rectangular shapes; everything else an ellipse. */
  shape: 'ellipse' | 'rectangle';
  label: string;
  /** Shown as a tooltip in viewers that support <title>. */
  title: string;
}

/** A link as drawn, from its source endpoint to its target endpoint. */
export interface SvgEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dashed: boolean;
  label: string;
  title: string;
}

const num = (n: number) => String(Math.round(n * 10) / 10);
const LABEL_STYLE = 'font-family="Helvetica, Arial, sans-serif" fill="#0f172a"';

function nodeMarkup(n: SvgNode): string {
  const paint = `fill="${xmlEscape(n.fill)}" stroke="${xmlEscape(n.stroke)}" stroke-width="${num(n.strokeWidth)}"`;
  const shape =
    n.shape === 'rectangle'
      ? `<rect x="${num(n.x - n.width / 2)}" y="${num(n.y - n.height / 2)}" width="${num(n.width)}" height="${num(n.height)}" rx="3" ${paint}/>`
      : `<ellipse cx="${num(n.x)}" cy="${num(n.y)}" rx="${num(n.width / 2)}" ry="${num(n.height / 2)}" ${paint}/>`;
  const label = n.label
    ? `<text x="${num(n.x)}" y="${num(n.y + n.height / 2 + 12)}" font-size="10" text-anchor="middle" ${LABEL_STYLE}>${xmlEscape(n.label)}</text>`
    : '';
  return `  <g id="${xmlEscape(n.id)}"><title>${xmlEscape(n.title)}</title>${shape}${label}</g>`;
}

function edgeMarkup(e: SvgEdge): string {
  const dash = e.dashed ? ' stroke-dasharray="6 4"' : '';
  const label = e.label
    ? `<text x="${num((e.x1 + e.x2) / 2)}" y="${num((e.y1 + e.y2) / 2 - 3)}" font-size="8" text-anchor="middle" ${LABEL_STYLE}>${xmlEscape(e.label)}</text>`
    : '';
  return (
    `  <g id="${xmlEscape(e.id)}"><title>${xmlEscape(e.title)}</title>` +
    `<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(e.x2)}" y2="${num(e.y2)}" stroke="${xmlEscape(e.color)}" stroke-width="${num(e.width)}"${dash} marker-end="url(#arrow)"/>${label}</g>`
  );
}

/** An SVG document of the scene, framed with `padding` model units around it. */
export function toSvg(nodes: SvgNode[], edges: SvgEdge[], padding = 40): string {
  const xs = nodes.flatMap((n) => [n.x - n.width / 2, n.x + n.width / 2]);
  const ys = nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2 + 16]);
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 0];
  const [y0, y1] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 0];
  const box = [x0 - padding, y0 - padding, x1 - x0 + 2 * padding, y1 - y0 + 2 * padding].map(num);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.join(' ')}" width="${box[2]}" height="${box[3]}">`,
    '  <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#64748b"/></marker></defs>',
    `  <rect x="${box[0]}" y="${box[1]}" width="${box[2]}" height="${box[3]}" fill="#ffffff"/>`,
    ...edges.map(edgeMarkup),
    ...nodes.map(nodeMarkup),
    '</svg>',
    '',
  ].join('\n');
}
