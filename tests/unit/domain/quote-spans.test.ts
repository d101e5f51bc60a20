import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EXCLUDED,
  locateQuote,
  NOT_VERBATIM,
  storedSpanProblem,
} from '../../../server/src/domain/quote-spans.js';
import { verbatimSpans } from '../../../server/src/domain/text-match.js';

const raw = readFileSync(new URL('../../fixtures/sources/furniture.txt', import.meta.url), 'utf8');
const REPLY =
  'Leave a Reply Your email address will not be published. Patrol boats of the Coastal Guard are everywhere.';
const BANNER = 'Support independent reporting: donate today!';

describe('locateQuote', () => {
  it('gives the first occurrence outside the excluded passages', () => {
    const quote = 'Patrol boats of the Coastal Guard';
    const [first, second] = verbatimSpans(raw, quote);
    expect(locateQuote(raw, [REPLY], quote)).toEqual({ span: first });
    // With the first occurrence excluded, the second one (in the reply box) is the citable one.
    expect(locateQuote(raw, ['Patrol  boats of the Coastal Guard seized'], quote)).toEqual({
      span: second,
    });
  });

  it('refuses a quote found only inside an excluded passage, or nowhere', () => {
    expect(locateQuote(raw, [REPLY], 'Coastal Guard are everywhere')).toEqual({
      problem: EXCLUDED,
    });
    expect(locateQuote(raw, [BANNER], 'donate today')).toEqual({ problem: EXCLUDED });
    expect(locateQuote(raw, [], 'donate today')).toHaveProperty('span');
    expect(locateQuote(raw, [], 'words the page never printed')).toEqual({
      problem: NOT_VERBATIM,
    });
  });
});

describe('storedSpanProblem', () => {
  const quote = 'The Coastal Guard said the rifles were bound for the Red Valley Front.';
  const span = { offset: raw.indexOf('The Coastal Guard said'), length: quote.length };

  it('accepts a stored span that points at a citable match', () => {
    expect(storedSpanProblem(raw, [REPLY], { ...span, quote })).toBeUndefined();
  });

  it('says where the quote really is when the stored span is off', () => {
    expect(storedSpanProblem(raw, [REPLY], { ...span, offset: span.offset - 2, quote })).toBe(
      `offset ${span.offset - 2} and length ${span.length} do not point at the quote; it is at offset ${span.offset}, length ${span.length}`,
    );
    expect(storedSpanProblem(raw, [REPLY], { ...span, quote: `${quote.slice(0, -1)}!` })).toMatch(
      /do not point at the quote; it does not occur verbatim/,
    );
  });

  it('refuses a stored span inside an excluded passage', () => {
    const inReply = 'Patrol boats of the Coastal Guard are everywhere.';
    const [where] = verbatimSpans(raw, inReply);
    expect(storedSpanProblem(raw, [REPLY], { ...where!, quote: inReply })).toBe(EXCLUDED);
  });
});
