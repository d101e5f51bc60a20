import { describe, expect, it } from 'vitest';
import {
  aliasCountProblem,
  descriptionProblem,
  iso2Problem,
  lineTextProblem,
  nameProblem,
  orgTypeProblem,
  placeTypeProblem,
} from '../../../server/src/domain/entity-rules.js';
import { entityIdProblem } from '../../../server/src/domain/ids.js';

describe('entity rules', () => {
  it('ids: lower-case slugs of at most 120 characters', () => {
    expect(entityIdProblem('is-k')).toBeUndefined();
    expect(entityIdProblem('a'.repeat(120))).toBeUndefined();
    expect(entityIdProblem('a'.repeat(121))).toBe(
      'is 121 characters; an entity id has at most 120',
    );
    for (const id of ['Is-k', 'is--k', '-isk', 'is k', '', 'is~k'])
      expect(entityIdProblem(id), id).toMatch(/^is not an entity id/);
  });

  it('names: not blank, at most 300 characters once trimmed, one line of safe characters', () => {
    expect(nameProblem(' IS-K ')).toBeUndefined();
    expect(nameProblem(` ${'n'.repeat(300)} `)).toBeUndefined();
    expect(nameProblem('n'.repeat(301))).toBe('is 301 characters; at most 300');
    expect(nameProblem(' \t ')).toBe('must not be empty');
    // Checked as written: a trailing line feed is refused, not trimmed away.
    expect(nameProblem('IS-K\n')).toBe('contains U+000A (a control character)');
  });

  it('aliases: at most 100', () => {
    expect(aliasCountProblem(Array.from({ length: 100 }, String))).toBeUndefined();
    expect(aliasCountProblem(Array.from({ length: 101 }, String))).toBe(
      'holds 101 spellings; at most 100',
    );
  });

  it('descriptions: prose of at most 5,000 characters', () => {
    expect(descriptionProblem('line\nline\ttab')).toBeUndefined();
    expect(descriptionProblem('d'.repeat(5001))).toBe('is 5001 characters; at most 5,000');
    expect(descriptionProblem('a\u202eb')).toMatch(/U\+202E/);
  });

  it('short texts and the closed lists', () => {
    expect(lineTextProblem('commander')).toBeUndefined();
    expect(lineTextProblem('a\tb')).toMatch(/U\+0009/);
    expect(placeTypeProblem('city')).toBeUndefined();
    expect(placeTypeProblem('')).toMatch(/^is not a place type; use province, city/);
    expect(orgTypeProblem('ngo')).toBeUndefined();
    expect(orgTypeProblem('cartel')).toMatch(/^is not an organization type/);
    expect(iso2Problem('AF')).toBeUndefined();
    for (const code of ['af', 'AFG', '']) expect(iso2Problem(code), code).toBeDefined();
  });
});
