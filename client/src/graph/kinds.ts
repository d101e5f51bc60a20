/**
 * How each kind of entity looks: colour, shape and glyph. Shapes and glyphs differ as well as
 * colours so the canvas reads without colour vision; every colour keeps a white glyph at ≥ 4.5:1.
 */
import type { EntityKind } from '../api/types.js';

/** All kinds, in the order the legend and filters list them. */
export const ENTITY_KINDS: readonly EntityKind[] = [
  'Group',
  'Person',
  'Attack',
  'State',
  'Place',
  'Organization',
  'Community',
  'Source',
];

/** Node shapes used here (a subset of Cytoscape's). */
type KindShape =
  | 'round-hexagon'
  | 'ellipse'
  | 'round-diamond'
  | 'round-rectangle'
  | 'round-pentagon'
  | 'barrel'
  | 'round-octagon'
  | 'round-tag';

/** The look of one kind. */
export interface KindStyle {
  /** Fill colour. */
  color: string;
  shape: KindShape;
  /** SVG path data on a 24×24 grid, drawn white inside the node (even-odd fill). */
  glyph: string;
  /** Plural, for the legend and filters. */
  plural: string;
}

export const KIND_STYLES: Readonly<Record<EntityKind, KindStyle>> = {
  Group: {
    color: '#b91c1c',
    shape: 'round-hexagon',
    glyph: 'M5 2h2v20H5z M8 3h12l-3 4.5 3 4.5H8z',
    plural: 'Groups',
  },
  Person: {
    color: '#1d4ed8',
    shape: 'ellipse',
    glyph: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9z M3.5 21c0-4.5 3.8-7 8.5-7s8.5 2.5 8.5 7z',
    plural: 'Persons',
  },
  Attack: {
    color: '#a16207',
    shape: 'round-diamond',
    glyph:
      'M12 1.5l2.4 6 6.1-1.6-3.4 5.3 5.2 3.5-6.3.6.8 6.2-4.8-4-4.8 4 .8-6.2-6.3-.6 5.2-3.5-3.4-5.3 6.1 1.6z',
    plural: 'Attacks',
  },
  State: {
    color: '#15803d',
    shape: 'round-rectangle',
    glyph: 'M12 2l10 5v2H2V7z M4 10h3v8H4z M10.5 10h3v8h-3z M17 10h3v8h-3z M2 19h20v3H2z',
    plural: 'States',
  },
  Place: {
    color: '#0e7490',
    shape: 'round-pentagon',
    glyph:
      'M12 1.5a7 7 0 0 0-7 7c0 5.2 7 14 7 14s7-8.8 7-14a7 7 0 0 0-7-7z M12 11a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z',
    plural: 'Places',
  },
  Organization: {
    color: '#6d28d9',
    shape: 'barrel',
    glyph:
      'M3 22V3h12v6h6v13h-7v-4h-4v4z M6 6h2v2H6z M10 6h2v2h-2z M6 10h2v2H6z M10 10h2v2h-2z M6 14h2v2H6z M10 14h2v2h-2z M16 12h2v2h-2z M16 16h2v2h-2z',
    plural: 'Organizations',
  },
  Community: {
    color: '#be185d',
    shape: 'round-octagon',
    glyph:
      'M6 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M18 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M1 20c0-3.3 2.2-5.5 5-5.5s5 2.2 5 5.5z M13 20c0-3.3 2.2-5.5 5-5.5s5 2.2 5 5.5z',
    plural: 'Communities',
  },
  Source: {
    color: '#475569',
    shape: 'round-tag',
    glyph: 'M5 2h10l5 5v15H5z M8 10h9v1.6H8z M8 13.5h9v1.6H8z M8 17h6v1.6H8z',
    plural: 'Sources',
  },
};

/** A standalone SVG of the glyph, `fill` coloured, for the canvas (as a data URI) and the legend. */
export function glyphSvg(kind: EntityKind, fill = '#ffffff'): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">` +
    `<path fill="${fill}" fill-rule="evenodd" d="${KIND_STYLES[kind].glyph}"/></svg>`
  );
}

/** The glyph as a data URI, which Cytoscape accepts as `background-image`. */
export function glyphDataUri(kind: EntityKind): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(glyphSvg(kind))}`;
}

/** True for a string that names a kind. */
export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}
