/** The legend: what colours, shapes, glyphs, line styles and borders mean. */
import { ENTITY_KINDS, glyphSvg, KIND_STYLES } from '../graph/kinds.js';
import { TRACE_COLORS } from '../graph/style.js';
import { h, svgFromMarkup } from './dom.js';

/** Outline of a node shape, as close to Cytoscape's as a 24×24 icon allows. */
const SHAPE_PATHS: Record<string, string> = {
  'round-hexagon': 'M7 2h10l6 10-6 10H7L1 12z',
  ellipse: 'M12 1a11 11 0 1 0 0 22 11 11 0 0 0 0-22z',
  'round-diamond': 'M12 0l12 12-12 12L0 12z',
  'round-rectangle': 'M4 2h16a3 3 0 0 1 3 3v14a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3z',
  'round-pentagon': 'M12 1l11 8-4 13H5L1 9z',
  barrel: 'M3 2h18q3 10 0 20H3q-3-10 0-20z',
  'round-tag': 'M1 3h15l7 9-7 9H1z',
};

function swatch(kind: (typeof ENTITY_KINDS)[number]): SVGElement {
  const style = KIND_STYLES[kind];
  return svgFromMarkup(
    `<svg viewBox="0 0 24 24" aria-hidden="true"><path d="${SHAPE_PATHS[style.shape]}" fill="${style.color}"/>` +
      `<g transform="translate(5 5) scale(0.58)">${glyphSvg(kind).replace(/^<svg[^>]*>|<\/svg>$/g, '')}</g></svg>`,
  );
}

function line(dash: string, color: string, width = 2): SVGElement {
  return svgFromMarkup(
    `<svg width="34" height="10" aria-hidden="true"><line x1="1" y1="5" x2="33" y2="5" stroke="${color}" stroke-width="${width}" stroke-dasharray="${dash}"/></svg>`,
  );
}

/** Mounts the legend into `root`. */
export function mountLegend(root: HTMLElement): void {
  root.append(
    h('h2', { id: 'legend-title' }, 'Legend'),
    h(
      'ul',
      { className: 'legend-list' },
      ...ENTITY_KINDS.map((k) =>
        h('li', {}, h('span', { className: 'legend-swatch' }, swatch(k)), k),
      ),
    ),
    h(
      'ul',
      { className: 'legend-lines' },
      h('li', {}, line('', '#334155'), 'claimed, confirmed'),
      h('li', {}, line('6 3', '#64748b'), 'suspected, reported'),
      h('li', {}, line('1 3', '#64748b'), 'alleged'),
      h('li', {}, line('', '#64748b', 1.5), line('', '#64748b', 4.5), 'more independent sources'),
      h('li', {}, line('', TRACE_COLORS.primary, 4), 'traced path'),
      h('li', {}, line('', TRACE_COLORS.alternative, 3), 'alternative path'),
    ),
    h(
      'p',
      { className: 'small muted' },
      'Double border: neighbours shown. Dashed border: pinned. Link labels show on hover or when zoomed in.',
    ),
  );
}
