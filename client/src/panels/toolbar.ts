/** The top bar's tools: layout, fit, undo, hidden nodes, clear, export and renderer. */
import type { RendererName } from '../app/cy-setup.js';
import { LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from '../graph/layouts.js';
import { h } from './dom.js';

/** Export formats offered. */
export type ExportFormat =
  'png' | 'svg' | 'json' | 'graphml' | 'gexf' | 'csv-nodes' | 'csv-edges' | 'csv-evidence';

/** What the buttons do. */
export interface ToolbarActions {
  setLayout(name: LayoutName): void;
  relayout(): void;
  fit(): void;
  undo(): void;
  showHidden(): void;
  clear(): void;
  exportAs(format: ExportFormat): void;
  setRenderer(name: RendererName): void;
}

const EXPORTS: [ExportFormat, string, string][] = [
  ['png', 'Image (PNG)', 'export-png'],
  ['svg', 'Image for reports (SVG)', 'export-svg'],
  ['json', 'Cytoscape JSON', 'export-json'],
  ['graphml', 'GraphML (Gephi, yEd)', 'export-graphml'],
  ['gexf', 'GEXF (Gephi)', 'export-gexf'],
  ['csv-nodes', 'CSV — nodes', 'export-csv-nodes'],
  ['csv-edges', 'CSV — links', 'export-csv-edges'],
  ['csv-evidence', 'CSV — one row per quote', 'export-csv-evidence'],
];

/** Mounts the toolbar; `update` refreshes what depends on the view. */
export function createToolbar(root: HTMLElement, a: ToolbarActions, renderer: RendererName) {
  const layout = h(
    'select',
    { 'aria-label': 'Layout', 'data-testid': 'layout-select' },
    ...LAYOUT_NAMES.map((n) => h('option', { value: n }, LAYOUT_LABELS[n])),
  );
  layout.addEventListener('change', () => a.setLayout(layout.value as LayoutName));
  const button = (label: string, onClick: () => void, attrs: Record<string, string> = {}) =>
    h('button', { type: 'button', className: 'btn', onclick: onClick, ...attrs }, label);
  const undo = button('Undo', () => a.undo(), {
    'data-testid': 'undo',
    'aria-keyshortcuts': 'Control+Z',
  });
  const hidden = button('Hidden: 0', () => a.showHidden(), {
    'data-testid': 'show-hidden',
    title: 'Put hidden nodes back',
  });
  const menu = h('div', {
    className: 'dropdown',
    role: 'menu',
    hidden: true,
    'aria-label': 'Export formats',
  });
  const exportButton = button('Export', () => toggleMenu(), {
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'data-testid': 'export',
  });
  const toggleMenu = (open = menu.hidden) => {
    menu.hidden = !open;
    exportButton.setAttribute('aria-expanded', String(open));
    if (open) (menu.querySelector('button') as HTMLButtonElement | null)?.focus();
  };
  for (const [format, label, testId] of EXPORTS) {
    menu.append(
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          'data-testid': testId,
          onclick: () => (toggleMenu(false), a.exportAs(format)),
        },
        label,
      ),
    );
  }
  menu.addEventListener('keydown', (e) => {
    const buttons = [...menu.querySelectorAll('button')];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      toggleMenu(false);
      exportButton.focus();
    } else if (e.key === 'ArrowDown') buttons[(i + 1) % buttons.length]?.focus();
    else if (e.key === 'ArrowUp') buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation(); // Esc here closes the menu only; the page's Esc would clear the selection
  });
  document.addEventListener('pointerdown', (e) => {
    if (!menu.hidden && !menu.parentElement!.contains(e.target as Node)) toggleMenu(false);
  });
  const rendererSelect = h(
    'select',
    {
      'aria-label': 'Renderer',
      title: 'WebGL draws thousands of elements faster (experimental; reloads the page)',
      'data-testid': 'renderer-select',
    },
    h('option', { value: 'canvas' }, 'Canvas'),
    h('option', { value: 'webgl' }, 'WebGL'),
  );
  rendererSelect.value = renderer;
  rendererSelect.addEventListener('change', () =>
    a.setRenderer(rendererSelect.value as RendererName),
  );

  root.append(
    layout,
    button('Re-layout', () => a.relayout(), { title: 'Run the layout again' }),
    button('Fit', () => a.fit(), { title: 'Fit the view (0)', 'aria-keyshortcuts': '0' }),
    undo,
    hidden,
    button('Clear', () => a.clear(), {
      'data-testid': 'clear',
      title: 'Empty the canvas (undoable)',
    }),
    h('div', { className: 'menu-wrap' }, exportButton, menu),
    rendererSelect,
  );

  return {
    update(state: {
      layout: LayoutName;
      hiddenCount: number;
      undoLabel: string | undefined;
      empty: boolean;
    }) {
      layout.value = state.layout;
      undo.disabled = state.undoLabel === undefined;
      undo.title = state.undoLabel ? `Undo: ${state.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
      hidden.textContent = `Hidden: ${state.hiddenCount}`;
      hidden.hidden = state.hiddenCount === 0;
      exportButton.disabled = state.empty;
    },
  };
}
