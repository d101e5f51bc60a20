/** Attacks per month for the groups in view, as stacked bars in plain SVG. */
import { isAbort } from '../api/errors.js';
import { fetchTimeline } from '../api/timeline.js';
import type { TimeWindow } from '../graph/time-window.js';
import { periodWindow, toSeries, type TimelineSeries } from '../graph/timeline-series.js';
import { h, replaceChildren, svgFromMarkup } from './dom.js';
import { countWords } from '../graph/plural.js';

/** Series colours, distinguishable for common colour-vision deficiencies (Okabe–Ito). */
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

/** The colour of the `rank`-th group, shared with the map so a group looks the same in both. */
export const groupColor = (rank: number) => PALETTE[rank % PALETTE.length]!;
const escape = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

function chartSvg(t: TimelineSeries): string {
  const width = 240;
  const height = 90;
  const w = width / t.periods.length;
  const bars: string[] = [];
  t.periods.forEach((month, i) => {
    const total = t.series.reduce((n, s) => n + (s.counts[i] ?? 0), 0);
    if (total === 0) return;
    // One focusable group per period, with a full-height target so short bars are easy to hit.
    bars.push(
      `<g class="chart-period" data-period="${month}" role="button" tabindex="0" aria-label="${escape(`Show ${month} only: ${countWords(total, 'attack')}`)}">` +
        `<rect x="${(i * w).toFixed(2)}" y="0" width="${w.toFixed(2)}" height="${height}" fill="transparent"/>`,
    );
    let y = height;
    t.series.forEach((s, k) => {
      const c = s.counts[i] ?? 0;
      if (c === 0) return;
      const barHeight = (c / t.maxStack) * (height - 4);
      y -= barHeight;
      bars.push(
        `<rect data-group="${escape(s.id)}" x="${(i * w).toFixed(2)}" y="${y.toFixed(2)}" width="${Math.max(w - 1, 0.8).toFixed(2)}" height="${barHeight.toFixed(2)}" fill="${PALETTE[k % PALETTE.length]}"><title>${escape(`${month}: ${s.name}, ${countWords(c, 'attack')}`)}</title></rect>`,
      );
    });
    bars.push('</g>');
  });
  const total = t.series.reduce((n, s) => n + s.total, 0);
  return (
    `<svg viewBox="0 0 ${width} ${height + 14}" role="group" aria-label="${escape(`${countWords(total, 'attack')} from ${t.periods[0]} to ${t.periods.at(-1)}`)}">` +
    `<line x1="0" y1="${height}" x2="${width}" y2="${height}" stroke="#94a3b8"/>${bars.join('')}` +
    `<text x="0" y="8" font-size="9" fill="#475569">${t.maxStack}</text>` +
    `<text x="0" y="${height + 12}" font-size="9" fill="#475569">${t.periods[0]}</text>` +
    `<text x="${width}" y="${height + 12}" font-size="9" fill="#475569" text-anchor="end">${t.periods.at(-1)}</text></svg>`
  );
}

/** A bar's group, when the click was on one group's part of a stacked bar. */
type BarGroup = { id: string; name: string } | null;

/**
 * Mounts the chart; `update(groupIds)` refetches when the set of groups in view changes. Clicking
 * a period (or Enter on it) calls `onPick` with its months, to narrow the time window to it, and
 * `onBar` with the period and the group whose part of the bar was clicked (null: the whole bar).
 */
export function createTimelineChart(
  root: HTMLElement,
  onPick: (window: TimeWindow) => void,
  onBar: (period: string, group: BarGroup) => void = () => {},
) {
  const body = h('div', { className: 'chart', 'data-testid': 'timeline-chart' });
  /** Series names by id, of the chart shown. */
  let names = new Map<string, string>();
  const pick = (event: Event) => {
    const target = event.target as Element;
    const period = target.closest('[data-period]')?.getAttribute('data-period');
    if (!period) return false;
    const groupId = target.closest('[data-group]')?.getAttribute('data-group') ?? null;
    onPick(periodWindow(period));
    onBar(period, groupId ? { id: groupId, name: names.get(groupId) ?? groupId } : null);
    return true;
  };
  body.addEventListener('click', pick);
  body.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && pick(event)) event.preventDefault();
  });
  root.append(h('h2', { id: 'chart-title' }, 'Attacks over time'), body);
  let key = '';
  let controller: AbortController | null = null;
  const message = (text: string) =>
    replaceChildren(body, h('p', { className: 'small muted' }, text));
  message('Groups in view and the attacks linked to them will show here.');

  return {
    async update(groupIds: string[], force = false) {
      const next = [...groupIds].sort().join(',');
      if (next === key && !force) return;
      key = next;
      controller?.abort();
      if (groupIds.length === 0) return message('No groups in view.');
      controller = new AbortController();
      try {
        const series = toSeries(await fetchTimeline(groupIds, controller.signal));
        if (series.periods.length === 0) return message('No dated attacks for the groups in view.');
        names = new Map(series.series.map((s) => [s.id, s.name]));
        replaceChildren(
          body,
          svgFromMarkup(chartSvg(series)),
          h(
            'ul',
            { className: 'chart-legend' },
            ...series.series.map((s, k) =>
              h(
                'li',
                {},
                h('i', { style: `background:${PALETTE[k % PALETTE.length]}` }),
                `${s.name} (${s.total})`,
              ),
            ),
          ),
        );
      } catch (error) {
        if (isAbort(error)) return;
        key = ''; // retry on the next update
        message('The chart could not be loaded.');
      }
    },
  };
}
