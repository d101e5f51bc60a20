/**
 * Time in the explorer is counted in months: the sources date things to the year, the month or the
 * day, and a month is the finest grain the time bar offers. A month is an integer index
 * (year × 12 + month − 1) so windows compare with plain arithmetic.
 */

/** A closed range of month indexes; either end may be open (null). */
export interface MonthInterval {
  start: number | null;
  end: number | null;
}

/** A chosen window, both ends inclusive, as 'YYYY-MM'. */
export interface TimeWindow {
  from: string;
  to: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The month index a partial date starts or ends in: '2021' starts in 2021-01 and ends in 2021-12,
 * '2021-08-26' is 2021-08 either way. Null for anything that is not a date.
 */
export function monthIndex(
  date: string | null | undefined,
  bound: 'start' | 'end' = 'start',
): number | null {
  const match = date ? PARTIAL_DATE.exec(date) : null;
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return year * 12 + (bound === 'start' ? 0 : 11);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return year * 12 + month - 1;
}

/** 'YYYY-MM' of a month index. */
export function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The months a relation holds over: since..until, open where unknown; null when it has no dates at all. */
export function relationInterval(
  since: string | null | undefined,
  until: string | null | undefined,
): MonthInterval | null {
  const start = monthIndex(since, 'start');
  const end = monthIndex(until, 'end');
  return start === null && end === null ? null : { start, end };
}

/** The month of a dated event (an attack), or null. */
export function eventInterval(date: string | null | undefined): MonthInterval | null {
  const start = monthIndex(date, 'start');
  return start === null ? null : { start, end: monthIndex(date, 'end') };
}

/** True when the interval shares at least one month with the window. */
export function overlaps(interval: MonthInterval, window: { start: number; end: number }): boolean {
  return (
    (interval.start === null || interval.start <= window.end) &&
    (interval.end === null || interval.end >= window.start)
  );
}

/** True when the interval holds on the given month (open ends hold forever). */
export function holdsAt(interval: MonthInterval, month: number): boolean {
  return overlaps(interval, { start: month, end: month });
}

/** The window as month indexes, with ends swapped if given backwards; null when unreadable. */
export function windowMonths(window: TimeWindow | null): { start: number; end: number } | null {
  if (!window) return null;
  const a = monthIndex(window.from, 'start');
  const b = monthIndex(window.to, 'end');
  if (a === null || b === null) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** The first and last month any of the intervals names; null when none is dated. */
export function extentOf(
  intervals: Iterable<MonthInterval | null>,
): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const interval of intervals) {
    for (const month of [interval?.start, interval?.end]) {
      if (month === null || month === undefined) continue;
      start = Math.min(start, month);
      end = Math.max(end, month);
    }
  }
  return start === Infinity ? null : { start, end };
}

/**
 * How many dated items fall in each month of the extent, for the histogram under the time bar.
 * An item counts in every month it covers, clipped to the extent.
 */
export function monthHistogram(
  intervals: Iterable<MonthInterval | null>,
  extent: { start: number; end: number },
): number[] {
  const counts = new Array<number>(extent.end - extent.start + 1).fill(0);
  for (const interval of intervals) {
    if (!interval) continue;
    // An open end would fill the whole bar; count such items at their known end only.
    const first = interval.start ?? interval.end ?? extent.start;
    const last = interval.end ?? interval.start ?? extent.end;
    for (let m = Math.max(first, extent.start); m <= Math.min(last, extent.end); m += 1) {
      counts[m - extent.start] = (counts[m - extent.start] ?? 0) + 1;
    }
  }
  return counts;
}
