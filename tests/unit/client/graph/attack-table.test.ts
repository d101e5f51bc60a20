import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { AttackRow, SourceFields } from '../../../../client/src/api/types.js';
import {
  ariaSort,
  attacksCsv,
  barFilter,
  DEFAULT_SORT,
  figuresBySource,
  nextSort,
  orderOf,
  perpetratorText,
} from '../../../../client/src/graph/attack-table.js';

const source = (id: string, title: string, url: string | null = null): SourceFields => ({
  id,
  title,
  publisher: null,
  date: '2021-08-27',
  url,
  duplicateOf: [],
});
const reuters = source('reuters', 'Reuters, "Kabul blast"', 'https://example.org/r');
const ap = source('ap', 'AP report');

const bombing: AttackRow = {
  id: 'kabul-airport-bombing-2021',
  name: 'Kabul airport suicide bombing',
  date: '2021-08-26',
  dateApprox: false,
  attackType: 'suicide bombing',
  place: { id: 'kabul', name: 'Kabul' },
  state: { id: 'afghanistan', name: 'Afghanistan' },
  perpetrators: [
    {
      actor: { id: 'is-k', name: 'IS-K', kind: 'Group' },
      type: 'CLAIMED',
      status: 'claimed',
      relation: { evidence: [{ quote: 'IS-K claimed the attack', source: ap }] },
    },
  ],
  casualtyReports: [
    {
      source: reuters,
      killed: 183,
      wounded: null,
      qualifier: 'at least',
      quote: 'at least 183, = dead',
    },
    { source: ap, killed: 170, wounded: 200, qualifier: null, quote: 'killed 170\nwounded 200' },
  ],
};
const undocumented: AttackRow = {
  ...bombing,
  id: 'quiet',
  name: 'Undocumented attack',
  date: null,
  place: null,
  state: null,
  perpetrators: [],
  casualtyReports: [],
};

describe('sorting', () => {
  it('maps each column to the API order', () => {
    expect(orderOf(DEFAULT_SORT)).toEqual({ field: 'DATE', direction: 'DESC' });
    expect(orderOf({ column: 'killed', direction: 'ASC' })).toEqual({
      field: 'KILLED',
      direction: 'ASC',
    });
    expect(orderOf({ column: 'name', direction: 'DESC' }).field).toBe('NAME');
    expect(orderOf({ column: 'wounded', direction: 'DESC' }).field).toBe('WOUNDED');
  });

  it('flips the direction on the same column and starts a new one where analysts look first', () => {
    expect(nextSort(DEFAULT_SORT, 'date')).toEqual({ column: 'date', direction: 'ASC' });
    expect(nextSort({ column: 'date', direction: 'ASC' }, 'date').direction).toBe('DESC');
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ column: 'name', direction: 'ASC' });
    expect(nextSort(DEFAULT_SORT, 'killed')).toEqual({ column: 'killed', direction: 'DESC' });
  });

  it('tells assistive technology which column sorts and how', () => {
    expect(ariaSort(DEFAULT_SORT, 'date')).toBe('descending');
    expect(ariaSort({ column: 'name', direction: 'ASC' }, 'name')).toBe('ascending');
    expect(ariaSort(DEFAULT_SORT, 'killed')).toBe('none');
  });
});

describe('barFilter', () => {
  it.each([
    ['2022-04', 'is-k', { from: '2022-04', to: '2022-04', groupIds: ['is-k'] }],
    ['2022-Q2', 'is-k', { from: '2022-04', to: '2022-06', groupIds: ['is-k'] }],
    ['2021', null, { from: '2021-01', to: '2021-12', groupIds: [] }],
    ['2021-08', '_other', { from: '2021-08', to: '2021-08', groupIds: [] }],
  ])('%s, group %s', (period, group, expected) => {
    expect(barFilter(period, group)).toEqual(expected);
  });
});

describe('cells', () => {
  it('names perpetrators with their status, or the link type without one', () => {
    expect(perpetratorText(bombing.perpetrators[0]!)).toBe('IS-K (claimed)');
    expect(
      perpetratorText({ ...bombing.perpetrators[0]!, type: 'SUSPECTED_OF', status: null }),
    ).toBe('IS-K (suspected of)');
  });

  it('gives each source its own figure, with its qualifier', () => {
    const killed = figuresBySource(bombing, 'killed');
    expect(killed).toHaveLength(2);
    expect(
      killed.some((k) => k.includes('183') && k.includes('at least') && k.includes('Reuters')),
    ).toBe(true);
    expect(killed.some((k) => k.includes('170') && k.includes('AP report'))).toBe(true);
    expect(figuresBySource(bombing, 'wounded')).toEqual([expect.stringContaining('200')]);
  });
});

describe('attacksCsv', () => {
  const records = parse(attacksCsv([bombing, undocumented]), { columns: true }) as Record<
    string,
    string
  >[];

  it('has one line per citation, and one for an attack without any', () => {
    expect(records.map((r) => [r.attack_id, r.citation])).toEqual([
      [bombing.id, 'casualty report'],
      [bombing.id, 'casualty report'],
      [bombing.id, 'CLAIMED by IS-K (claimed)'],
      ['quiet', ''],
    ]);
  });

  it('keeps each citation with its source title, URL and verbatim quote', () => {
    const [first, second, claim] = records;
    expect(first).toMatchObject({
      killed: '183',
      qualifier: 'at least',
      source_id: 'reuters',
      source_title: reuters.title,
      source_url: 'https://example.org/r',
      quote: 'at least 183, = dead',
    });
    expect(second).toMatchObject({
      killed: '170',
      wounded: '200',
      quote: 'killed 170\nwounded 200',
    });
    expect(claim).toMatchObject({
      source_title: 'AP report',
      quote: 'IS-K claimed the attack',
      killed: '',
    });
  });

  it('repeats the attack columns on every line', () => {
    for (const r of records.slice(0, 3))
      expect(r).toMatchObject({
        date: '2021-08-26',
        name: bombing.name,
        attack_type: 'suicide bombing',
        place: 'Kabul',
        state: 'Afghanistan',
        perpetrators: 'IS-K (claimed)',
      });
  });
});
