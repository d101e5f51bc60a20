import { describe, expect, it } from 'vitest';
import {
  computeVisibility,
  emptyFilters,
  hasFilters,
  type FilterEdge,
  type FilterNode,
} from '../../../../client/src/graph/filters.js';
import { pathFilterOf } from '../../../../client/src/graph/path-filter.js';

const nodes: FilterNode[] = [
  { id: 'is-k', kind: 'Group' },
  { id: 'taliban', kind: 'Group' },
  { id: 'kabul-airport-bombing-2021', kind: 'Attack', date: '2021-08-26' },
  { id: 'mosque-2022', kind: 'Attack', date: '2022-04' },
  { id: 'src', kind: 'Source' },
  { id: 'undated-attack', kind: 'Attack', date: null },
];
const edge = (
  id: string,
  source: string,
  target: string,
  extra: Partial<FilterEdge> = {},
): FilterEdge => ({
  id,
  source,
  target,
  type: 'CLAIMED',
  status: 'claimed',
  since: null,
  until: null,
  ...extra,
});
const edges: FilterEdge[] = [
  edge('claim-2021', 'is-k', 'kabul-airport-bombing-2021'),
  edge('claim-2022', 'is-k', 'mosque-2022'),
  edge('rival', 'is-k', 'taliban', { type: 'RIVAL_OF', status: null, since: '2015' }),
  edge('governs', 'taliban', 'src', {
    type: 'GOVERNS',
    status: 'confirmed',
    since: '1996',
    until: '2001',
  }),
  edge('claim-undated', 'is-k', 'undated-attack'),
  edge('ally', 'is-k', 'taliban', { type: 'ALLY_OF', status: null }),
];

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const v = computeVisibility(nodes, edges, emptyFilters());
    expect([v.hiddenNodes.size, v.hiddenEdges.size, v.fadedNodes.size, v.fadedEdges.size]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(hasFilters(emptyFilters())).toBe(false);
  });

  it('hides a kind and every link to it', () => {
    const v = computeVisibility(nodes, edges, { ...emptyFilters(), hiddenKinds: ['Source'] });
    expect([...v.hiddenNodes]).toEqual(['src']);
    expect([...v.hiddenEdges]).toEqual(['governs']);
  });

  it('hides by relationship type and by status, "unstated" meaning no status', () => {
    const v = computeVisibility(nodes, edges, {
      ...emptyFilters(),
      hiddenTypes: ['GOVERNS'],
      hiddenStatuses: ['unstated'],
    });
    expect([...v.hiddenEdges].sort()).toEqual(['ally', 'governs', 'rival']);
  });

  it('fades attacks not yet happened in the window and their links, and links whose dates miss it', () => {
    const v = computeVisibility(nodes, edges, {
      ...emptyFilters(),
      window: { from: '2021-01', to: '2021-12' },
    });
    // An attack exists from its date on: the 2021 one stays in, the 2022 one has not happened.
    expect([...v.fadedNodes]).toEqual(['mosque-2022']);
    expect([...v.fadedEdges].sort()).toEqual(['claim-2022', 'governs']);
    expect([...v.hiddenEdges].sort()).toEqual(['ally', 'claim-undated']);
  });

  it('a window or "as of" hides undated attacks and links unless includeUndated', () => {
    for (const time of [{ asOf: '2021-09' }, { window: { from: '2021-01', to: '2021-12' } }]) {
      const hidden = computeVisibility(nodes, edges, { ...emptyFilters(), ...time });
      expect([...hidden.undated].sort()).toEqual(['ally', 'claim-undated', 'undated-attack']);
      expect([...hidden.undatedHidden].sort()).toEqual([...hidden.undated].sort());
      expect(hidden.hiddenNodes.has('undated-attack')).toBe(true);
      const shown = computeVisibility(nodes, edges, {
        ...emptyFilters(),
        ...time,
        includeUndated: true,
      });
      expect([...shown.undated].sort()).toEqual([...hidden.undated].sort());
      expect(shown.undatedHidden.size).toBe(0);
      expect(shown.hiddenNodes.has('undated-attack') || shown.hiddenEdges.has('ally')).toBe(false);
    }
    const untimed = computeVisibility(nodes, edges, emptyFilters());
    expect(untimed.undated.size + untimed.hiddenNodes.size + untimed.hiddenEdges.size).toBe(0);
  });

  it('a link with its own dates holds from the later of its since and its attack', () => {
    const late = edge('late-claim', 'is-k', 'kabul-airport-bombing-2021', { since: '2020' });
    const v = computeVisibility(nodes, [late], { ...emptyFilters(), asOf: '2021-01' });
    expect(v.hiddenEdges.has('late-claim')).toBe(true);
    const after = computeVisibility(nodes, [late], { ...emptyFilters(), asOf: '2021-08' });
    expect(after.hiddenEdges.has('late-claim')).toBe(false);
  });

  it('keeps open-ended and undated links in any window', () => {
    const v = computeVisibility(nodes, edges, {
      ...emptyFilters(),
      window: { from: '2030-01', to: '2030-02' },
    });
    expect(v.fadedEdges.has('rival')).toBe(false); // since 2015, no end: still holds
  });

  it('"as of" hides links not yet or no longer in force, and later attacks', () => {
    const v = computeVisibility(nodes, edges, {
      ...emptyFilters(),
      asOf: '2021-09',
      includeUndated: true,
    });
    expect([...v.hiddenNodes]).toEqual(['mosque-2022']);
    expect([...v.hiddenEdges].sort()).toEqual(['claim-2022', 'governs']);
  });
});

describe('pathFilterOf', () => {
  it('turns hidden types into an allow-list and keeps real statuses only', () => {
    const f = pathFilterOf(
      {
        ...emptyFilters(),
        hiddenTypes: ['IN'],
        hiddenStatuses: ['alleged', 'unstated'],
        window: { from: '2020-01', to: '2021-12' },
      },
      ['IN', 'RIVAL_OF', 'CLAIMED'],
    );
    expect(f).toEqual({
      relationTypes: ['RIVAL_OF', 'CLAIMED'],
      excludeStatuses: ['alleged'],
      viaKinds: null,
      asOf: null,
      between: { from: '2020-01', to: '2021-12' },
      includeUndated: false,
    });
  });

  it('turns hidden kinds into the kinds a trace may pass through', () => {
    const f = pathFilterOf({ ...emptyFilters(), hiddenKinds: ['State', 'Attack'] }, []);
    expect(f.viaKinds).toEqual(['Group', 'Person', 'Place', 'Organization', 'Community', 'Source']);
  });

  it('sends no restrictions without filters', () => {
    expect(pathFilterOf(emptyFilters(), ['IN'])).toEqual({
      relationTypes: null,
      excludeStatuses: null,
      viaKinds: null,
      asOf: null,
      between: null,
      includeUndated: false,
    });
  });
});
