import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  closestPassage,
  quoteContext,
  verifyQuote,
} from '../../../server/src/domain/quote-verification.js';
import { indexText } from '../../../server/src/domain/text-match.js';

const text = readFileSync(new URL('../../fixtures/sources/dispatch.txt', import.meta.url), 'utf8');
const SHARE = 'Share this article: Facebook | Twitter | Email';
const source = { text, excluded: [SHARE] };

describe('verifyQuote', () => {
  it('returns the exact span and its offset for a quote typed with straight marks', () => {
    const check = verifyQuote(source, 'had “no part” in the raid');
    expect(check).toEqual({
      verified: true,
      quote: 'had “no part” in the raid',
      offset: text.indexOf('had “no part”'),
    });
    const typed = verifyQuote(source, 'had "no part" in the raid');
    expect(typed).toEqual(check);
  });

  it('refuses a quote from an excluded passage without offering one', () => {
    expect(verifyQuote(source, 'Facebook | Twitter')).toEqual({
      problem: 'lies in a passage excluded as page furniture or spam',
    });
  });

  it('offers the closest passage for a changed word', () => {
    const check = verifyQuote(source, 'three guards were killed');
    expect(check).toEqual({
      problem: 'does not occur verbatim in its source',
      closest: 'three guards were wounded.',
    });
  });
});

describe('closestPassage', () => {
  it('offers nothing when fewer than half the words are in the text', () => {
    expect(
      closestPassage(text, indexText(text), 'rainfall tariffs guards harvest'),
    ).toBeUndefined();
  });

  it('prefers the window with the words in the quote’s own places', () => {
    expect(closestPassage(text, indexText(text), 'Its spokesman, Oren Malek')).toBe(
      'Its spokesman, Oren Malik,',
    );
  });

  it('shortens a very long passage', () => {
    const long = `${'word '.repeat(500)}end`;
    expect(closestPassage(long, indexText(long), `${'word '.repeat(499)}other`)?.length).toBe(401);
  });
});

describe('quoteContext', () => {
  it('gives the sentence around the quote', () => {
    const quote = 'three guards were wounded';
    const offset = text.indexOf(quote);
    expect(quoteContext(text, offset, quote.length)).toBe(
      'The Lantern Brigade said on Sunday that it had “no part” in the raid on the customs post at Veldra, where three guards were wounded.',
    );
  });

  it('stops about 150 characters from the quote in a text without sentence ends', () => {
    const long = `${'a '.repeat(400)}QUOTE${' b'.repeat(400)}`;
    const context = quoteContext(long, long.indexOf('QUOTE'), 5);
    expect(context).toContain('QUOTE');
    expect(context.length).toBeLessThanOrEqual(305);
    expect(context.length).toBeGreaterThan(290);
  });
});
