/**
 * The Cytoscape stylesheet. Kind sets colour, shape and glyph (kinds.ts); status sets the line:
 * solid when a source claims or confirms, dashed when suspected, dotted when alleged. Edge labels
 * appear on hover, on selection and once zoomed in (`min-zoomed-font-size` hides them below that),
 * so an overview stays quiet and a close look is labelled.
 */
import { ENTITY_KINDS, KIND_STYLES, glyphDataUri } from './kinds.js';

/** A stylesheet block (structurally Cytoscape's `StylesheetStyle`). */
export interface StyleBlock {
  selector: string;
  style: Record<string, string | number | number[]>;
}

/** Colours of trace highlights, also used by the trace panel. */
export const TRACE_COLORS = { primary: '#1d4ed8', alternative: '#7c3aed' } as const;

/** Options for the stylesheet. */
export interface StyleOptions {
  /** Many elements: straight edges, no label outlines, smaller nodes; keeps frames coming. */
  large?: boolean;
}

/** The stylesheet for the explorer's canvas. */
export function buildStylesheet(options: StyleOptions = {}): StyleBlock[] {
  const large = options.large ?? false;
  const kinds: StyleBlock[] = ENTITY_KINDS.map((kind) => ({
    selector: `node.kind-${kind.toLowerCase()}`,
    style: {
      'background-color': KIND_STYLES[kind].color,
      shape: KIND_STYLES[kind].shape,
      ...(large ? {} : { 'background-image': glyphDataUri(kind) }),
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: large ? 18 : 'mapData(degree, 0, 40, 30, 58)',
        height: large ? 18 : 'mapData(degree, 0, 40, 30, 58)',
        'background-width': '58%',
        'background-height': '58%',
        'border-width': large ? 0 : 1.5,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-family': 'system-ui, sans-serif',
        'font-size': 11,
        color: '#111827',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': large ? 0 : 2,
        // Labels vanish when they would print smaller than this on screen.
        'min-zoomed-font-size': large ? 9 : 6,
      },
    },
    ...kinds,
    {
      selector: 'edge',
      style: {
        width: large ? 1 : 'mapData(sources, 1, 5, 1.5, 4.5)',
        'line-color': '#64748b',
        'target-arrow-color': '#64748b',
        // Haystack edges (no arrows, no parallel-edge bundling) are by far the cheapest to draw.
        'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 0.8,
        'curve-style': large ? 'haystack' : 'bezier',
        // Large views skip edge labels altogether (they cost time even when too small to print);
        // hover and selection still show them.
        label: large ? '' : 'data(label)',
        'font-size': 9,
        color: '#334155',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 15,
      },
    },
    {
      selector: 'edge.status-claimed, edge.status-confirmed',
      style: { 'line-color': '#334155', 'target-arrow-color': '#334155' },
    },
    {
      selector: 'edge.status-suspected, edge.status-reported',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] },
    },
    { selector: 'edge.status-alleged', style: { 'line-style': 'dotted' } },
    {
      selector: 'edge.hover, edge:selected',
      style: { label: 'data(label)', 'min-zoomed-font-size': 0, 'font-size': 11, 'z-index': 20 },
    },
    {
      selector: 'node.hover',
      style: { 'border-color': '#111827', 'border-width': 2, 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'node:selected',
      style: { 'border-color': '#f59e0b', 'border-width': 4, 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' },
    },
    {
      selector: 'node.expanded',
      style: { 'border-color': '#0f172a', 'border-width': 2.5, 'border-style': 'double' },
    },
    {
      selector: 'node.pinned',
      style: { 'border-color': '#0f172a', 'border-width': 3, 'border-style': 'dashed' },
    },
    // A note of the analyst's (saved investigations): a soft yellow halo, visible at any zoom.
    {
      selector: '.has-note',
      style: { 'underlay-color': '#facc15', 'underlay-padding': 6, 'underlay-opacity': 0.55 },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.trace-dim', style: { opacity: 0.2 } },
    {
      selector: 'node.trace-alt',
      style: { 'border-color': TRACE_COLORS.alternative, 'border-width': 3, opacity: 1 },
    },
    {
      selector: 'edge.trace-alt',
      style: {
        'line-color': TRACE_COLORS.alternative,
        'target-arrow-color': TRACE_COLORS.alternative,
        width: 3,
        opacity: 0.9,
        'z-index': 30,
      },
    },
    {
      selector: 'node.trace-path',
      style: {
        'border-color': TRACE_COLORS.primary,
        'border-width': 5,
        opacity: 1,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'edge.trace-path',
      style: {
        'line-color': TRACE_COLORS.primary,
        'target-arrow-color': TRACE_COLORS.primary,
        width: 5,
        opacity: 1,
        'z-index': 40,
        'min-zoomed-font-size': 0,
      },
    },
  ];
}
