import { describe, expect, it } from 'vitest';
import { datedIntervals, edgesInWindow } from '../../../../client/src/graph/time-items.js';
import { computeVisibility, emptyFilters } from '../../../../client/src/graph/filters.js';
import {
  extentOf,
  formatMonth,
  holdsAt,
  monthHistogram,
  monthIndex,
  overlaps,
  relationInterval,
  windowMonths,
} from '../../../../client/src/graph/time-window.js';

describe('months', () => {
  it('reads full and partial dates, a year spanning January to December', () => {
    expect(formatMonth(monthIndex('2021-08-26')!)).toBe('2021-08');
    expect(formatMonth(monthIndex('2021')!)).toBe('2021-01');
    expect(formatMonth(monthIndex('2021', 'end')!)).toBe('2021-12');
    expect(monthIndex('2021-13')).toBeNull();
    expect(monthIndex('last week')).toBeNull();
    expect(monthIndex(null)).toBeNull();
  });

  it('treats missing ends as open', () => {
    const since2015 = relationInterval('2015', null)!;
    expect(holdsAt(since2015, monthIndex('2030-01')!)).toBe(true);
    expect(holdsAt(since2015, monthIndex('2014-12')!)).toBe(false);
    expect(relationInterval(null, null)).toBeNull();
  });

  it('compares intervals with a window inclusively', () => {
    const w = windowMonths({ from: '2021-08', to: '2021-09' })!;
    expect(overlaps({ start: monthIndex('2021-09')!, end: monthIndex('2021-09')! }, w)).toBe(true);
    expect(overlaps({ start: monthIndex('2021-10')!, end: null }, w)).toBe(false);
    expect(windowMonths({ from: '2022-01', to: '2021-01' })).toEqual({
      start: monthIndex('2021-01'),
      end: monthIndex('2022-01'),
    });
  });
});

describe('time bar data', () => {
  const nodes = [
    { id: 'a1', kind: 'Attack' as const, date: '2021-08-26' },
    { id: 'a2', kind: 'Attack' as const, date: '2022-04' },
    { id: 'g', kind: 'Group' as const },
  ];
  const edges = [
    {
      id: 'e1',
      source: 'g',
      target: 'a1',
      type: 'CLAIMED',
      status: 'claimed',
      since: null,
      until: null,
    },
    {
      id: 'e2',
      source: 'g',
      target: 'a2',
      type: 'CLAIMED',
      status: 'claimed',
      since: null,
      until: null,
    },
    {
      id: 'e3',
      source: 'g',
      target: 'g',
      type: 'GOVERNS',
      status: null,
      since: '2021',
      until: null,
    },
  ];

  it('spans the dates in view and counts items per month', () => {
    const intervals = datedIntervals(nodes, edges);
    const extent = extentOf(intervals)!;
    expect([formatMonth(extent.start), formatMonth(extent.end)]).toEqual(['2021-01', '2022-04']);
    const counts = monthHistogram(intervals, extent);
    expect(counts).toHaveLength(16);
    expect(counts[7]).toBe(1 + 0); // August 2021: the attack; the open-ended link counts at its start only
    expect(counts[0]).toBe(1);
    expect(counts[15]).toBe(1);
  });

  it('counts links in the window', () => {
    // 2021: the 2022 attack has not happened yet, so its link fades; the rest holds.
    const v = computeVisibility(nodes, edges, {
      ...emptyFilters(),
      window: { from: '2021-01', to: '2021-12' },
    });
    expect(edgesInWindow(edges, v)).toEqual({ inWindow: 2, shown: 3 });
  });
});
