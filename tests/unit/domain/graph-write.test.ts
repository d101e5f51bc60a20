import { describe, expect, it } from 'vitest';
import {
  casualtyReportWrite,
  entityWrite,
  relationWrite,
} from '../../../server/src/domain/graph-write.js';

describe('entityWrite', () => {
  it('derives search keys and date spans, and only touches given fields', () => {
    const write = entityWrite({
      id: 'x-attack',
      kind: 'Attack',
      name: 'X',
      aliases: ['X', 'Ex-1'],
      date: '2024-01',
      evidence: [{ source: 's', quote: 'q' }],
    });
    expect(write.properties).toMatchObject({
      kind: 'Attack',
      aliases: ['Ex-1'],
      searchKeys: 'x ex1',
      dateStart: '2024-01-01',
      dateEnd: '2024-01-31',
      datePrecision: 'month',
    });
    expect(write.properties).not.toHaveProperty('description');
    expect(write.evidenceSources).toEqual(['s']);
  });

  it('puts undated attacks outside every date window', () => {
    expect(
      entityWrite({ id: 'y', kind: 'Attack', name: 'Y', date: null }).properties,
    ).toMatchObject({ dateStart: '0000-01-01', dateEnd: '0000-01-01', datePrecision: null });
  });

  it('ignores fields of other kinds', () => {
    expect(
      entityWrite({ id: 'g', kind: 'Group', name: 'G', role: 'leader', iso2: 'AF' }).properties,
    ).not.toHaveProperty('role');
  });
});

describe('relationWrite and casualtyReportWrite', () => {
  it('gives readable ids that start with the start entity', () => {
    expect(
      relationWrite({
        type: 'GOVERNS',
        from: 'taliban',
        to: 'afghanistan',
        since: '2021-08-15',
        evidence: [],
      }).id,
    ).toBe('taliban~GOVERNS~afghanistan~2021-08-15');
    expect(
      casualtyReportWrite({ attack: 'a', source: 's', killed: 1, wounded: null, quote: 'q' }).id,
    ).toBe('a~REPORTED_BY~s');
  });

  it('stores an open validity window when no dates are given', () => {
    expect(
      relationWrite({ type: 'RIVAL_OF', from: 'a', to: 'b', evidence: [] }).properties,
    ).toMatchObject({ validFrom: '0000-01-01', validTo: '9999-12-31' });
  });
});
