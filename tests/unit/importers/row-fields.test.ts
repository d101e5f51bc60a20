import { describe, expect, it } from 'vitest';
import {
  coordinate,
  countValue,
  partialDate,
  RowRejected,
  rowEntityId,
} from '../../../server/src/importers/row-fields.js';
import { rowOf } from './csv-helpers.js';

describe('typed values of dataset rows', () => {
  it('builds partial dates where 0 means unknown, and rejects impossible ones', () => {
    expect(partialDate('2019', '1', '1', '')).toBe('2019-01-01');
    expect(partialDate('2019', '1', '0', '')).toBe('2019-01');
    expect(partialDate('2019', '0', '0', '')).toBe('2019');
    expect(partialDate('2019', '0', '12', '')).toBe('2019');
    expect(partialDate('2020', '2', '29', '')).toBe('2020-02-29');
    for (const [y, m, d] of [
      ['2019', '2', '29'],
      ['2019', '13', '1'],
      ['19', '1', '1'],
      ['2019', '-1', '0'],
      ['2019', 'x', '1'],
    ]) {
      expect(() => partialDate(y!, m!, d!, `iyear=${y}`), `${y}-${m}-${d}`).toThrow(RowRejected);
    }
  });

  it('reads counts: empty and negative codes are unknown, "4.0" is 4, words are an error', async () => {
    const row = await rowOf({ a: '', b: '-99', c: '4.0', d: 'many', e: '12' });
    expect(['a', 'b', 'c', 'e'].map((c) => countValue(row, c))).toEqual([null, null, 4, 12]);
    expect(() => countValue(row, 'd')).toThrow('d=many is not a number');
  });

  it('drops coordinates out of range instead of the row', async () => {
    const row = await rowOf({ lat: '34.5', lon: '-86185896', bad: 'n/a' });
    expect([
      coordinate(row, 'lat', 90),
      coordinate(row, 'lon', 180),
      coordinate(row, 'bad', 90),
    ]).toEqual([34.5, null, null]);
  });

  it('makes ids from the row id column, rejecting missing and unusable ones', async () => {
    expect(rowEntityId(await rowOf({ id: 'AFG123' }), 'acled', 'id')).toBe('acled-afg123');
    await expect(async () =>
      rowEntityId(await rowOf({ id: '', x: '1' }), 'gtd', 'id'),
    ).rejects.toThrow('missing id');
    await expect(async () => rowEntityId(await rowOf({ id: '12/3' }), 'gtd', 'id')).rejects.toThrow(
      'cannot be an id',
    );
  });
});
