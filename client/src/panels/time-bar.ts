/**
 * The time bar: a histogram of the dated links and attacks in view, with two handles for a window.
 * Links and attacks outside the window fade on the canvas. Dragging updates the view live; the
 * whole drag is one undo step and one history entry.
 */
import type { ViewSnapshot } from '../app/explorer.js';
import type { TimeWindow } from '../graph/time-window.js';
import { extentOf, formatMonth, monthHistogram, monthIndex } from '../graph/time-window.js';
import { datedIntervals, edgesInWindow } from '../graph/time-items.js';
import type { FilterEdge } from '../graph/filters.js';
import { h, replaceChildren, svgFromMarkup } from './dom.js';
import { countWords } from '../graph/plural.js';

/** Called with the new window; `gesture` is 'start' for the first change of a drag, 'continue' after. */
export type WindowChange = (window: TimeWindow | null, gesture: 'start' | 'continue') => void;

function histogramSvg(counts: number[], selected: { start: number; end: number }): string {
  const max = Math.max(1, ...counts);
  const w = 1000 / counts.length;
  const bars = counts
    .map((c, i) => {
      if (c === 0) return '';
      const height = Math.max(2, (c / max) * 28);
      const fill = i >= selected.start && i <= selected.end ? '#1d4ed8' : '#94a3b8';
      return `<rect x="${(i * w).toFixed(2)}" y="${(30 - height).toFixed(2)}" width="${Math.max(w - 0.6, 0.6).toFixed(2)}" height="${height.toFixed(2)}" fill="${fill}"/>`;
    })
    .join('');
  return `<svg viewBox="0 0 1000 30" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="1000" height="30" fill="#f8fafc"/>${bars}</svg>`;
}

/** Pluralised count of undated items, e.g. "1 undated item", "3 undated items". */
const undatedItems = (n: number) => `${n} undated ${n === 1 ? 'item' : 'items'}`;

/**
 * Mounts the bar into `root`. `onIncludeUndated` is called when the "include undated" switch is
 * flipped: with a window or "as of", undated attacks and links are hidden unless it is on.
 */
export function createTimeBar(
  root: HTMLElement,
  onChange: WindowChange,
  onIncludeUndated: (include: boolean) => void,
) {
  const label = h('strong', { 'data-testid': 'time-window' });
  const summary = h('span', { className: 'muted', 'data-testid': 'time-summary' });
  const reset = h(
    'button',
    {
      type: 'button',
      className: 'btn small',
      'data-testid': 'time-reset',
      onclick: () => onChange(null, 'start'),
    },
    'All dates',
  );
  const undatedSwitch = h('input', {
    type: 'checkbox',
    role: 'switch',
    id: 'include-undated',
    'data-testid': 'include-undated',
    onchange: () => onIncludeUndated(undatedSwitch.checked),
  });
  const undatedCount = h('span', { className: 'muted small', 'data-testid': 'undated-count' });
  const undated = h(
    'span',
    { className: 'timebar-undated' },
    undatedSwitch,
    h('label', { for: 'include-undated' }, 'Include undated'),
    undatedCount,
  );
  const start = h('input', {
    type: 'range',
    min: 0,
    max: 0,
    step: 1,
    'aria-label': 'Window start',
    'data-testid': 'time-start',
  });
  const end = h('input', {
    type: 'range',
    min: 0,
    max: 0,
    step: 1,
    'aria-label': 'Window end',
    'data-testid': 'time-end',
  });
  const chart = h('div');
  const scale = h('div', { className: 'timebar-scale', 'aria-hidden': 'true' });
  const track = h('div', { className: 'timebar-track' }, chart, start, end);
  const body = h('div', {}, track, scale);
  const empty = h(
    'p',
    { className: 'small muted', style: 'margin:4px 0' },
    'No dated links or attacks in view.',
  );
  replaceChildren(
    root,
    h('div', { className: 'timebar-head' }, h('span', {}, 'Time'), label, summary, undated, reset),
    body,
    empty,
  );

  let origin = 0; // month index of the first bar
  let dragging = false;
  const emit = () => {
    const a = Math.min(Number(start.value), Number(end.value));
    const b = Math.max(Number(start.value), Number(end.value));
    const full = a === 0 && b === Number(start.max);
    onChange(
      full ? null : { from: formatMonth(origin + a), to: formatMonth(origin + b) },
      dragging ? 'continue' : 'start',
    );
    dragging = true;
  };
  for (const input of [start, end]) {
    input.addEventListener('input', emit);
    input.addEventListener('change', () => (dragging = false));
  }

  return {
    update(s: ViewSnapshot) {
      const nodes = [...s.view.nodes.values()].map((n) => ({
        id: n.id,
        kind: n.kind,
        date: n.date ?? null,
      }));
      const edges: FilterEdge[] = [...s.view.relations.values()].map((r) => ({
        ...r,
        source: r.from.id,
        target: r.to.id,
      }));
      const extent = extentOf(datedIntervals(nodes, edges, s.visibility));
      const window = s.state.filters.window;
      const counts = edgesInWindow(edges, s.visibility);
      label.textContent = window ? `${window.from} – ${window.to}` : 'All dates';
      summary.textContent = window
        ? `${counts.inWindow} of ${countWords(counts.shown, 'link')} in the window`
        : `${countWords(counts.shown, 'link')} shown`;
      summary.dataset.inWindow = String(counts.inWindow);
      reset.disabled = window === null;
      const timed = window !== null || s.state.filters.asOf !== null;
      const include = s.state.filters.includeUndated;
      undatedSwitch.checked = include;
      undatedSwitch.disabled = !timed;
      undated.title = timed
        ? 'Attacks without a date and links with no date of their own or of an attack'
        : 'Set a window or an "as of" date first: without one, everything is shown';
      undatedCount.dataset.count = String(
        include ? s.visibility.undated.size : s.visibility.undatedHidden.size,
      );
      undatedCount.textContent = !timed
        ? ''
        : include
          ? `(${undatedItems(s.visibility.undated.size)} shown, marked “date unknown”)`
          : `(${undatedItems(s.visibility.undatedHidden.size)} hidden)`;
      body.hidden = extent === null;
      empty.hidden = extent !== null;
      if (!extent) return;
      origin = extent.start;
      const last = extent.end - extent.start;
      const a = window
        ? Math.max(0, Math.min(last, (monthIndex(window.from) ?? extent.start) - origin))
        : 0;
      const b = window
        ? Math.max(0, Math.min(last, (monthIndex(window.to, 'end') ?? extent.end) - origin))
        : last;
      for (const input of [start, end]) input.max = String(last);
      if (!dragging) {
        start.value = String(a);
        end.value = String(b);
      }
      start.setAttribute('aria-valuetext', formatMonth(origin + Number(start.value)));
      end.setAttribute('aria-valuetext', formatMonth(origin + Number(end.value)));
      chart.replaceChildren(
        svgFromMarkup(
          histogramSvg(monthHistogram(datedIntervals(nodes, edges, s.visibility), extent), {
            start: a,
            end: b,
          }),
        ),
      );
      scale.replaceChildren(
        h('span', {}, formatMonth(extent.start)),
        h('span', {}, formatMonth(extent.end)),
      );
    },
  };
}
