/**
 * Timeline buckets → one series per group over a continuous run of periods, for the chart. Long
 * spans are grouped into quarters or years so bars stay wide enough to see and to point at.
 */
import type { TimelineBucketFields } from '../api/types.js';
import { formatMonth, monthIndex, type TimeWindow } from './time-window.js';

/** Attacks per period for one group. */
interface Series {
  id: string;
  name: string;
  counts: number[];
  total: number;
}

/** Periods on the x axis and one series per group, busiest first. */
export interface TimelineSeries {
  /** 'YYYY-MM', 'YYYY-Qn' or 'YYYY', depending on the span. */
  periods: string[];
  series: Series[];
  /** Largest stacked bar, for the y scale. */
  maxStack: number;
}

/** Months per bar: monthly up to three years, quarterly up to eight, yearly beyond. */
export function periodLength(spanMonths: number): 1 | 3 | 12 {
  return spanMonths <= 36 ? 1 : spanMonths <= 96 ? 3 : 12;
}

function label(start: number, step: 1 | 3 | 12): string {
  const year = Math.floor(start / 12);
  if (step === 12) return String(year);
  if (step === 3) return `${year}-Q${Math.floor((start % 12) / 3) + 1}`;
  return formatMonth(start);
}

/** Groups past `maxGroups` are folded into one "Other groups" series so colours stay distinguishable. */
export function toSeries(buckets: TimelineBucketFields[], maxGroups = 5): TimelineSeries {
  const indexes = buckets.map((b) => monthIndex(b.month)).filter((m): m is number => m !== null);
  if (indexes.length === 0) return { periods: [], series: [], maxStack: 0 };
  const step = periodLength(Math.max(...indexes) - Math.min(...indexes) + 1);
  // Align to calendar quarters and years so bars mean what their labels say.
  const first = Math.min(...indexes) - (Math.min(...indexes) % step);
  const count = Math.floor((Math.max(...indexes) - first) / step) + 1;
  const periods = Array.from({ length: count }, (_, i) => label(first + i * step, step));
  const byGroup = new Map<string, Series>();
  for (const bucket of buckets) {
    const m = monthIndex(bucket.month);
    if (m === null) continue;
    const slot = Math.floor((m - first) / step);
    const series = byGroup.get(bucket.group.id) ?? {
      id: bucket.group.id,
      name: bucket.group.name,
      counts: periods.map(() => 0),
      total: 0,
    };
    series.counts[slot] = (series.counts[slot] ?? 0) + bucket.attacks;
    series.total += bucket.attacks;
    byGroup.set(bucket.group.id, series);
  }
  const sorted = [...byGroup.values()].sort(
    (a, b) => b.total - a.total || a.name.localeCompare(b.name),
  );
  const series = sorted.slice(0, maxGroups);
  const rest = sorted.slice(maxGroups);
  if (rest.length > 0) {
    series.push({
      id: '_other',
      name: `Other groups (${rest.length})`,
      counts: periods.map((_, i) => rest.reduce((sum, s) => sum + (s.counts[i] ?? 0), 0)),
      total: rest.reduce((sum, s) => sum + s.total, 0),
    });
  }
  const maxStack = Math.max(
    0,
    ...periods.map((_, i) => series.reduce((sum, s) => sum + (s.counts[i] ?? 0), 0)),
  );
  return { periods, series, maxStack };
}

/** The months a period label of the chart covers: 'YYYY-MM', 'YYYY-Qn' or 'YYYY'. */
export function periodWindow(period: string): TimeWindow {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const first = Number(quarter[1]) * 12 + (Number(quarter[2]) - 1) * 3;
    return { from: formatMonth(first), to: formatMonth(first + 2) };
  }
  if (/^\d{4}$/.test(period)) return { from: `${period}-01`, to: `${period}-12` };
  return { from: period, to: period };
}
