import { describe, expect, it } from 'vitest';
import { nameKey, nameWords, searchProperties } from '../../../server/src/domain/names.js';

describe('nameKey', () => {
  it('ignores case, hyphens, spaces and diacritics', () => {
    for (const spelling of ['IS-K', 'is k', 'ISK', 'Is–K', 'I.S.K.', 'ÍŞK'])
      expect(nameKey(spelling)).toBe('isk');
  });
  it('keeps letters of other scripts and digits', () => {
    expect(nameKey('داعش خراسان')).toBe('داعشخراسان');
    expect(nameKey('Group 313')).toBe('group313');
  });
});

describe('nameWords', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(nameWords('Tehreek-e-Taliban Pakistan (TTP)')).toEqual([
      'tehreek',
      'e',
      'taliban',
      'pakistan',
      'ttp',
    ]);
  });
});

describe('searchProperties', () => {
  it('stores one key per distinct spelling', () => {
    const props = searchProperties('Islamic State Khorasan Province', ['IS-K', 'ISK', 'IS-KP']);
    expect(props.searchKeys.split(' ')).toEqual(['islamicstatekhorasanprovince', 'isk', 'iskp']);
    expect(props.aliasText).toBe('IS-K | ISK | IS-KP');
  });
});
