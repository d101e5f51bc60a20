import { describe, expect, it } from 'vitest';
import { KIND_STYLES, ENTITY_KINDS, glyphDataUri } from '../../../../client/src/graph/kinds.js';
import { DRAFT_LAYOUT, layoutOptions } from '../../../../client/src/graph/layouts.js';
import { buildStylesheet } from '../../../../client/src/graph/style.js';

const ctx = { nodeCount: 50, incremental: false, fixed: [], roots: [] };

describe('layout options', () => {
  it('fcose starts from scratch on a new view and from current positions when adding', () => {
    expect(layoutOptions('fcose', ctx)).toMatchObject({
      name: 'fcose',
      randomize: true,
      fit: true,
      quality: 'default',
    });
    expect(layoutOptions('fcose', { ...ctx, incremental: true })).toMatchObject({
      randomize: false,
      fit: false,
    });
  });

  it('keeps pinned nodes fixed and trades polish for speed on large views', () => {
    const o = layoutOptions('fcose', {
      ...ctx,
      nodeCount: DRAFT_LAYOUT + 1,
      fixed: [{ id: 'is-k', x: 1, y: 2 }],
    });
    expect(o).toMatchObject({
      quality: 'draft',
      animate: false,
      fixedNodeConstraint: [{ nodeId: 'is-k', position: { x: 1, y: 2 } }],
    });
  });

  it('roots breadthfirst at the given nodes and ranks concentric by degree', () => {
    expect(layoutOptions('breadthfirst', { ...ctx, roots: ['is-k'] })).toMatchObject({
      roots: ['is-k'],
      directed: false,
    });
    const concentric = layoutOptions('concentric', ctx).concentric as (n: {
      data(k: string): unknown;
    }) => number;
    expect(concentric({ data: () => 7 })).toBe(7);
  });
});

describe('styles', () => {
  it('gives every kind a distinct colour and shape, and a glyph', () => {
    expect(new Set(ENTITY_KINDS.map((k) => KIND_STYLES[k].color)).size).toBe(ENTITY_KINDS.length);
    expect(new Set(ENTITY_KINDS.map((k) => KIND_STYLES[k].shape)).size).toBe(ENTITY_KINDS.length);
    expect(glyphDataUri('Group')).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
  });

  /** WCAG contrast of white on each kind colour: the glyph must stay legible. */
  it('keeps white glyphs at 4.5:1 or better', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const kind of ENTITY_KINDS)
      expect(1.05 / (luminance(KIND_STYLES[kind].color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('styles every kind and the trace classes; the large variant drops glyphs', () => {
    const selectors = buildStylesheet().map((b) => b.selector);
    expect(selectors).toContain('node.kind-attack');
    expect(selectors).toContain('edge.trace-path');
    expect(JSON.stringify(buildStylesheet({ large: true }))).not.toContain('background-image');
  });
});

import { nearestTo, nextInDirection } from '../../../../client/src/graph/spatial-nav.js';

describe('arrow-key navigation', () => {
  const nodes = [
    { id: 'centre', x: 0, y: 0 },
    { id: 'right-far', x: 100, y: 0 },
    { id: 'right-near-off-axis', x: 40, y: 45 },
    { id: 'up', x: 5, y: -50 },
  ];
  it('prefers the node straight ahead over a closer one off to the side', () => {
    expect(nextInDirection(nodes[0]!, nodes, 'right')).toBe('right-far');
    expect(nextInDirection(nodes[0]!, nodes, 'up')).toBe('up');
    expect(nextInDirection(nodes[0]!, nodes, 'left')).toBeNull();
  });
  it('starts from the node nearest a point', () => {
    expect(nearestTo({ x: 90, y: 5 }, nodes)).toBe('right-far');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });
});
