import { describe, expect, it } from 'vitest';
import {
  nameKey,
  nameWords,
  searchProperties,
  variantKey,
} from '../../../server/src/domain/names.js';

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

describe('variantKey', () => {
  it.each([
    ['Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan'],
    ['Tehrik-e-Taliban', 'Tehreek-i-Taliban'],
    ['Islamic State Khurasan', 'Islamic State Khorasan'],
    ['al-Qaeda', 'al-Qaida'],
    ["al-Qa'ida", 'Al Qaida'],
    ['Mazar-i-Sharif', 'Mazar-e Sharif'],
    ['Hizbullah', 'Hezbollah'],
  ])('gives %s and %s one key', (a, b) => {
    expect(variantKey(a)).toBeDefined();
    expect(variantKey(a)).toBe(variantKey(b));
  });

  it.each([
    ['Taliban', 'Tehreek-e-Taliban Pakistan'],
    ['Islamic State', 'Islamic State Khorasan'],
    ['Kunduz', 'Kunar'],
    ['Yemen', 'Oman'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(variantKey(a)).not.toBe(variantKey(b));
  });

  it('gives short names none, so "US" never meets "as"', () => {
    for (const text of ['US', 'IS-K', 'ISK', 'Iran']) expect(variantKey(text)).toBe(undefined);
  });

  it('transliterates other scripts with any-ascii first', () => {
    expect(variantKey('Исламское государство')).toBe(variantKey('Islamskoe Gosudarstvo'));
    // Arabic script writes no short vowels: its key is its consonants, met only by the same text.
    expect(variantKey('داعش خراسان')).toBe('dshkhrsn');
    expect(variantKey('داعش خراسان')).not.toBe(variantKey('Daesh Khorasan'));
  });
});

describe('searchProperties', () => {
  it('stores one key per distinct spelling', () => {
    const props = searchProperties('Islamic State Khorasan Province', ['IS-K', 'ISK', 'IS-KP']);
    expect(props.searchKeys.split(' ')).toEqual(['islamicstatekhorasanprovince', 'isk', 'iskp']);
    expect(props.aliasText).toBe('IS-K | ISK | IS-KP');
  });

  it('stores one variant key per distinct variant, none for short spellings', () => {
    const props = searchProperties('Tehreek-e-Taliban Pakistan', [
      'TTP',
      'Tehrik-i-Taliban Pakistan',
    ]);
    expect(props.variantKeys).toBe(variantKey('Tehreek-e-Taliban Pakistan'));
    expect(props.variantKeys.split(' ')).toHaveLength(1);
  });
});
