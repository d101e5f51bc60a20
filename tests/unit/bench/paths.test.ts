import { describe, expect, it } from 'vitest';
import type { SampledEntity } from '../../../bench/load/graph-sample.js';
import { pickPairs } from '../../../bench/paths/pairs.js';
import { NOTES_MARKER, pathsMarkdown } from '../../../bench/paths/report.js';
import type { PathsResults } from '../../../bench/paths/run-paths.js';

const group = (id: string, attacks: number): SampledEntity => ({
  id,
  kind: 'Group',
  name: id,
  aliases: [],
  attacks,
  curated: false,
});
/** Busiest first, as graph-sample.ts gives them. */
const groups = Array.from({ length: 30 }, (_, i) => group(`g${i}`, 1000 - i * 10));

describe('pickPairs', () => {
  it('takes every pair among the busiest groups, then distinct random pairs', () => {
    const pairs = pickPairs(groups, { random: 5, busiest: 3, seed: 1 });
    expect(pairs.filter((p) => p.kind === 'hubs').map((p) => `${p.a}/${p.b}`)).toEqual([
      'g0/g1',
      'g0/g2',
      'g1/g2',
    ]);
    expect(pairs.filter((p) => p.kind === 'random')).toHaveLength(5);
    const keys = pairs.map((p) => [p.a, p.b].sort().join('/'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(pairs.every((p) => p.a !== p.b)).toBe(true);
  });

  it('draws the same pairs from the same seed and others from another', () => {
    const options = { random: 6, busiest: 2, seed: 19 };
    expect(pickPairs(groups, options)).toEqual(pickPairs(groups, options));
    expect(pickPairs(groups, { ...options, seed: 20 })).not.toEqual(pickPairs(groups, options));
  });

  it('gives fewer pairs rather than looping when the graph has too few groups', () => {
    const pairs = pickPairs(groups.slice(0, 2), { random: 10, busiest: 2, seed: 3 });
    expect(pairs).toEqual([{ a: 'g0', b: 'g1', kind: 'hubs' }]);
  });
});

describe('pathsMarkdown', () => {
  const figures = { samples: 2, errors: 0, p50: 100, p99: 400 };
  const results: PathsResults = {
    date: '2026-12-07T00:00:00.000Z',
    minutes: 1,
    machine: {
      cpu: 'cpu',
      cores: 2,
      memoryGiB: 4,
      loadAverage: 1,
      os: 'os',
      node: 'v20',
      neo4j: '5.26',
    },
    rows: 100,
    graph: { nodes: 10, relationships: 20 },
    queryTimeoutMs: 10_000,
    pairs: [{ a: 'g0', b: 'g1', kind: 'hubs', attacksA: 5, attacksB: 3 }],
    queries: [
      {
        name: 'commonNeighbors',
        api: figures,
        raw: figures,
        byKind: { random: { api: figures, raw: figures }, hubs: { api: figures, raw: figures } },
        pairs: [{ pair: 0, apiMedian: 120, rawMedian: 90, profiles: [] }],
      },
    ],
  };

  it('says whether a target is met and keeps the findings of an earlier report', () => {
    const earlier = `# old figures\n${NOTES_MARKER}\n## Findings\nhand-written\n`;
    const report = pathsMarkdown(results, earlier);
    expect(report).toContain('| commonNeighbors | 2 | 100 / 400 |');
    expect(report).toContain('p99 < 300: **no**');
    expect(report.endsWith(`${NOTES_MARKER}\n## Findings\nhand-written\n`)).toBe(true);
    expect(report).not.toContain('# old figures');
  });
});
