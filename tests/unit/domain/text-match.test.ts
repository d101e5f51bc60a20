import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  containsVerbatim,
  normalizeWhitespace,
  spanMatches,
  verbatimSpans,
} from '../../../server/src/domain/text-match.js';

const furniture = readFileSync(
  new URL('../../fixtures/sources/furniture.txt', import.meta.url),
  'utf8',
);
const QUOTE = 'Patrol boats of the Coastal Guard seized a cargo of rifles off Brenmouth on Friday';

describe('verbatimSpans', () => {
  it('matches across a double space, a line break and a non-breaking space', () => {
    expect(furniture).toContain('Patrol  boats');
    expect(furniture).toContain('Brenmouth\non Friday, the harbour\u00a0master');
    const spans = verbatimSpans(furniture, `${QUOTE}, the harbour master said.`);
    expect(spans).toHaveLength(1);
    const [{ offset, length }] = spans as [{ offset: number; length: number }];
    expect(offset).toBe(furniture.indexOf('Patrol  boats'));
    const passage = furniture.slice(offset, offset + length);
    expect(passage.startsWith('Patrol  boats')).toBe(true);
    expect(passage.endsWith('harbour\u00a0master said.')).toBe(true);
    expect(length).toBe(normalizeWhitespace(passage).length + 1); // the double space
  });

  it('finds every occurrence, in order, as raw offsets', () => {
    const spans = verbatimSpans(furniture, 'boats of the Coastal Guard');
    expect(spans.map((s) => furniture.slice(s.offset, s.offset + s.length))).toEqual([
      'boats of the Coastal Guard',
      'boats of the Coastal Guard',
    ]);
    expect(spans[0]!.offset).toBeLessThan(spans[1]!.offset);
  });

  it('still tells case and punctuation apart', () => {
    expect(containsVerbatim(furniture, 'patrol boats of the coastal guard')).toBe(false);
    expect(containsVerbatim(furniture, 'the harbour master said!')).toBe(false);
    expect(containsVerbatim('the group’s leader', 'the groups leader')).toBe(false);
    expect(containsVerbatim(furniture, '  the harbour   master said. ')).toBe(true);
  });

  it('takes curly and straight quote marks, and dash variants, as equal', () => {
    const raw = 'He said: “the group’s leader fled in 2019–2020 — twice.”';
    const [span] = verbatimSpans(raw, `"the group's leader fled in 2019-2020 - twice."`);
    expect(span).toBeDefined();
    expect(raw.slice(span!.offset, span!.offset + span!.length)).toBe(
      '“the group’s leader fled in 2019–2020 — twice.”',
    );
    expect(containsVerbatim(raw, 'the group’s leader fled in 2019–2021')).toBe(false);
  });

  it('matches nowhere for an empty or blank quote', () => {
    expect(verbatimSpans(furniture, '')).toEqual([]);
    expect(verbatimSpans(furniture, ' \n ')).toEqual([]);
  });

  it('keeps offsets in UTF-16 units of the raw text when it holds astral characters', () => {
    const raw = '🙂 one\n\ntwo 🙂 three';
    const [span] = verbatimSpans(raw, 'two 🙂 three');
    expect(span).toEqual({ offset: raw.indexOf('two'), length: 'two 🙂 three'.length });
  });
});

describe('spanMatches', () => {
  const [span] = verbatimSpans(furniture, QUOTE);

  it('accepts the span of the match and nothing shifted or cut', () => {
    expect(span).toBeDefined();
    expect(spanMatches(furniture, span!, QUOTE)).toBe(true);
    expect(spanMatches(furniture, { ...span!, offset: span!.offset + 1 }, QUOTE)).toBe(false);
    expect(spanMatches(furniture, { ...span!, length: span!.length - 1 }, QUOTE)).toBe(false);
    expect(spanMatches(furniture, { ...span!, length: span!.length + 1 }, QUOTE)).toBe(false);
    expect(spanMatches(furniture, { offset: furniture.length, length: 5 }, QUOTE)).toBe(false);
  });
});
