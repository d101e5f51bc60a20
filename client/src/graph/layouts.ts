/**
 * Layout options, as documented defaults per layout. fcose is the default: it keeps clusters
 * apart and, run with `randomize: false`, moves existing nodes little when a neighbourhood opens.
 */

/** The layouts the toolbar offers. */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Human names for the layout picker. */
export const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric by degree',
  breadthfirst: 'Tree from selection',
};

/** What a layout run needs to know about the graph. */
export interface LayoutContext {
  nodeCount: number;
  /** True when adding to a laid-out view: keep what is placed, place the new. */
  incremental: boolean;
  /** Pinned nodes: fcose keeps them exactly here; the other layouts leave locked nodes alone. */
  fixed: { id: string; x: number; y: number }[];
  /** Start nodes for breadthfirst (selection, else the first expanded node). */
  roots: string[];
}

/** Above this many nodes the lean stylesheet and viewport shortcuts take over (see canvas-render.ts). */
export const LARGE_GRAPH = 1500;

/**
 * Above this many nodes fcose runs in draft quality (spectral placement only): the full quality
 * pass takes ~10 s for 1,000 nodes on a modest laptop core, draft well under 2 s
 * (bench/results/explorer.md). Additions to such a view are placed next to their neighbours
 * without a layout run, so the picture the user has learnt does not jump.
 */
export const DRAFT_LAYOUT = 600;

/** True for a string that names a layout. */
export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}

/** Options for `cy.layout()`; typed loosely because fcose's options are not in Cytoscape's types. */
export function layoutOptions(name: LayoutName, ctx: LayoutContext): Record<string, unknown> {
  const draft = ctx.nodeCount > DRAFT_LAYOUT;
  const common = {
    name,
    fit: !ctx.incremental,
    padding: 40,
    animate: ctx.nodeCount < 400,
    animationDuration: 350,
  };
  switch (name) {
    case 'fcose':
      return {
        ...common,
        quality: draft ? 'draft' : 'default',
        // Incremental runs start from current positions; draft quality needs a random start.
        randomize: !ctx.incremental || draft,
        nodeDimensionsIncludeLabels: !draft,
        nodeRepulsion: 6500,
        idealEdgeLength: 90,
        // Draft is the spectral pass alone, which packs nodes tightly; wider separation unpacks them.
        nodeSeparation: draft ? 500 : 75,
        numIter: 2500,
        packComponents: false, // needs cytoscape-layout-utilities, which we do not ship
        fixedNodeConstraint:
          ctx.fixed.length > 0
            ? ctx.fixed.map((p) => ({ nodeId: p.id, position: { x: p.x, y: p.y } }))
            : undefined,
      };
    case 'concentric':
      return {
        ...common,
        fit: true,
        minNodeSpacing: 24,
        // Hubs in the middle: `degree` is the entity's degree in the whole graph.
        concentric: (node: { data(key: string): unknown }) => Number(node.data('degree')) || 0,
        levelWidth: () => 3,
      };
    case 'breadthfirst':
      return {
        ...common,
        fit: true,
        directed: false,
        spacingFactor: 1.1,
        roots: ctx.roots.length ? ctx.roots : undefined,
      };
  }
}
