import { describe, expect, it } from 'vitest';
import { variantKey } from '../../../server/src/domain/names.js';
import { buildSearchQuery } from '../../../server/src/domain/search-query.js';

const LUCENE_SYNTAX = /[+\-&|!(){}[\]^"~?:\\/]/;

describe('buildSearchQuery', () => {
  it('matches the compact key exactly and as a prefix, and words of names and aliases', () => {
    const query = buildSearchQuery('IS-K')!;
    expect(query).toContain('searchKeys:isk^8');
    expect(query).toContain('searchKeys:isk*^4');
    expect(query).toContain('name:(is* AND k*)^3');
  });

  it('matches the transliteration-variant key exactly and as a prefix', () => {
    const query = buildSearchQuery('Tehrik-i-Taliban Pakistan')!;
    const key = variantKey('Tehreek-e-Taliban Pakistan')!;
    expect(query).toContain(`variantKeys:${key}^6`);
    expect(query).toContain(`variantKeys:${key}*^3`);
    expect(buildSearchQuery('IS-K')).not.toContain('variantKeys');
  });

  it('lets a long word match without its last letter, so "Pakistani" finds "Pakistan"', () => {
    expect(buildSearchQuery('Pakistani Taliban')).toContain('name:(pakistan* AND taliba*)^3');
    expect(buildSearchQuery('Pakistani Taliban')).toContain('name:(pakistan* taliba*)');
    expect(buildSearchQuery('ISIS Kabul')).toContain('name:(isis* kabul*)');
  });

  it('returns undefined when the text has no letter or digit', () => {
    for (const text of ['', '   ', '\\', '~', '*:*', '"()"'])
      expect(buildSearchQuery(text)).toBeUndefined();
  });

  it('never passes user syntax through: operators become plain lower-case words', () => {
    const query = buildSearchQuery('"IS-K" OR *:* AND name:x~2 \\ [a TO z]')!;
    // Only our own syntax remains: field names, parentheses, boosts, AND/OR joins and trailing *.
    const userPart = query
      .replace(/\b(searchKeys|variantKeys|name|aliasText):/g, '')
      .replace(/\^\d/g, '')
      .replace(/[()*]/g, '')
      .replace(/ (AND|OR) /g, ' ');
    expect(userPart).not.toMatch(LUCENE_SYNTAX);
    expect(userPart).not.toMatch(/\b(AND|OR|NOT|TO)\b/);
  });

  it('leaves one-letter words out of the any-word clause', () => {
    expect(buildSearchQuery('e k')).not.toContain('name:(e* k*)');
  });
});
