import { describe, expect, it } from 'vitest';
import { periodWindow } from '../../../../client/src/graph/timeline-series.js';

describe('periodWindow', () => {
  it('gives the months a chart period covers', () => {
    expect(periodWindow('2021-08')).toEqual({ from: '2021-08', to: '2021-08' });
    expect(periodWindow('2022-Q2')).toEqual({ from: '2022-04', to: '2022-06' });
    expect(periodWindow('2024-Q4')).toEqual({ from: '2024-10', to: '2024-12' });
    expect(periodWindow('2017')).toEqual({ from: '2017-01', to: '2017-12' });
  });
});
