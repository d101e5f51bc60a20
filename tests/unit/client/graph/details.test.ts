import { describe, expect, it } from 'vitest';
import type { CasualtyReportFields } from '../../../../client/src/api/types.js';
import { casualtyColumns, casualtySpread } from '../../../../client/src/graph/casualties.js';
import { groupRelations } from '../../../../client/src/graph/relation-groups.js';
import { matchedAlias, normalizeName } from '../../../../client/src/graph/search-match.js';
import { periodLength, toSeries } from '../../../../client/src/graph/timeline-series.js';
import { evidence, node, rel } from '../fixtures.js';

describe('groupRelations', () => {
  it('groups by type, sees each link from the entity, strongest first, and skips links among neighbours', () => {
    const groups = groupRelations(
      'is-k',
      [
        rel('is-k', 'CLAIMED', 'a1', { status: 'claimed' }),
        rel('is-k', 'CLAIMED', 'a2', { status: 'confirmed' }),
        rel('taliban', 'RIVAL_OF', 'is-k'),
        rel('taliban', 'GOVERNS', 'afghanistan'),
      ],
      [node('a1', 'Attack'), node('a2', 'Attack'), node('taliban')],
    );
    expect(groups.map((g) => [g.type, g.items.length])).toEqual([
      ['CLAIMED', 2],
      ['RIVAL_OF', 1],
    ]);
    expect(groups[0]!.items[0]!.other.id).toBe('a2');
    expect(groups[1]!.items[0]).toMatchObject({ direction: 'in', other: { id: 'taliban' } });
  });
});

describe('casualty reports', () => {
  const report = (
    source: string,
    killed: number | null,
    qualifier: string | null,
    dup: string | null = null,
  ): CasualtyReportFields => {
    const { source: s } = evidence(source, 'q', dup);
    return { source: s, killed, wounded: null, qualifier, quote: `${source} quote` };
  };
  const reports = [
    report('src-dup', 182, 'at least', 'src-insider'),
    report('src-asia', 183, null),
    report('src-insider', 182, 'at least'),
  ];

  it('lists independent reports first and marks the duplicate', () => {
    const columns = casualtyColumns(reports);
    expect(columns.map((c) => [c.report.source.id, c.duplicate])).toEqual([
      ['src-asia', false],
      ['src-insider', false],
      ['src-dup', true],
    ]);
    expect(columns[1]!.killedText).toBe('at least 182');
    expect(columns[0]!.woundedText).toBe('not given');
  });

  it('gives the spread of independent figures, never an average', () => {
    expect(casualtySpread(reports)).toEqual({
      killed: [182, 183],
      wounded: null,
      independentReports: 2,
    });
  });
});

describe('search matches', () => {
  it('normalises like the server: case, diacritics, hyphens, spacing', () => {
    expect(normalizeName('IS-KP')).toBe('iskp');
    expect(normalizeName('Tehrīk-e Ṭālibān')).toBe('tehriketaliban');
  });

  it('names the alias that explains a hit', () => {
    expect(
      matchedAlias('ISKP', 'Islamic State Khorasan Province', ['IS-K', 'IS-KP', 'ISKP fighters']),
    ).toBe('IS-KP');
    expect(matchedAlias('khorasan', 'Islamic State Khorasan Province', ['IS-K'])).toBeNull();
  });
});

describe('timeline series', () => {
  const bucket = (month: string, id: string, attacks: number) => ({
    month,
    group: { id, name: id.toUpperCase(), kind: 'Group' as const },
    attacks,
    killed: 0,
    wounded: 0,
  });

  it('fills the months between and folds small groups into "other"', () => {
    const s = toSeries(
      [
        bucket('2021-08', 'is-k', 2),
        bucket('2021-10', 'ttp', 1),
        bucket('2021-10', 'is-k', 1),
        bucket('2021-09', 'x', 1),
      ],
      2,
    );
    expect(s.periods).toEqual(['2021-08', '2021-09', '2021-10']);
    expect(s.series.map((x) => [x.id, x.counts])).toEqual([
      ['is-k', [2, 0, 1]],
      ['ttp', [0, 0, 1]],
      ['_other', [0, 1, 0]],
    ]);
    expect(s.maxStack).toBe(2);
  });

  it('groups long spans into calendar quarters or years', () => {
    expect([periodLength(36), periodLength(37), periodLength(97)]).toEqual([1, 3, 12]);
    const quarters = toSeries([
      bucket('2018-11', 'is-k', 1),
      bucket('2021-11', 'is-k', 2),
      bucket('2021-12', 'is-k', 1),
    ]);
    expect(quarters.periods[0]).toBe('2018-Q4');
    expect(quarters.periods.at(-1)).toBe('2021-Q4');
    expect(quarters.series[0]!.counts.at(-1)).toBe(3);
    const years = toSeries([bucket('2015-06', 'is-k', 1), bucket('2024-10', 'is-k', 4)]);
    expect(years.periods).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(years.series[0]!.counts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
  });

  it('is empty without buckets', () => {
    expect(toSeries([])).toEqual({ periods: [], series: [], maxStack: 0 });
  });
});
