import { describe, expect, it } from 'vitest';
import {
  OPEN_END,
  OPEN_START,
  parsePartialDate,
  validityWindow,
} from '../../../server/src/domain/dates.js';

describe('parsePartialDate', () => {
  it('gives the first and last day a partial date can mean', () => {
    expect(parsePartialDate('2021')).toEqual({
      value: '2021',
      start: '2021-01-01',
      end: '2021-12-31',
      precision: 'year',
    });
    expect(parsePartialDate('2024-02')).toMatchObject({
      start: '2024-02-01',
      end: '2024-02-29',
      precision: 'month',
    });
    expect(parsePartialDate('2023-02')).toMatchObject({ end: '2023-02-28' });
    expect(parsePartialDate('2021-08-26')).toMatchObject({
      start: '2021-08-26',
      end: '2021-08-26',
      precision: 'day',
    });
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of [
      '2021-13',
      '2021-02-30',
      '2021-00-10',
      '21-08-26',
      '2021/08/26',
      'yesterday',
      '2021-8-1',
      '',
    ]) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
  });
});

describe('validityWindow', () => {
  it('opens missing ends and widens partial ones', () => {
    expect(validityWindow(null, undefined)).toEqual({ validFrom: OPEN_START, validTo: OPEN_END });
    expect(validityWindow('2021-08', '2022')).toEqual({
      validFrom: '2021-08-01',
      validTo: '2022-12-31',
    });
  });
});
