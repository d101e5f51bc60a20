import { describe, expect, it } from 'vitest';
import { citationSource } from '../../../server/src/importers/citation-sources.js';
import { sha256Hex } from '../../../server/src/domain/source-text.js';

describe('citation sources', () => {
  it('stores the normalised text keyed by its SHA-256 and quotes it with its offset', () => {
    const cite = citationSource('src-gtd', {
      column: 'scite1',
      text: '  "Blast," Wire,\r\n2019.',
    })!;
    expect(cite.text).toBe('  "Blast," Wire,\n2019.');
    expect(cite.sha256).toBe(sha256Hex(cite.text));
    expect(cite).toMatchObject({ quote: '"Blast," Wire,\n2019.', offset: 2, publisher: null });
    expect(cite.text.slice(cite.offset, cite.offset + cite.quote.length)).toBe(cite.quote);
    expect(cite.title).toBe('"Blast," Wire, 2019.');
  });

  it('keeps the publisher in the text, after the words quoted', () => {
    const a = citationSource('src-acled', { column: 'notes', text: 'Clash.', publisher: 'Wire' })!;
    const b = citationSource('src-acled', { column: 'notes', text: 'Clash.', publisher: 'Daily' })!;
    expect(a.text).toBe('Clash.\n\nSource: Wire');
    expect(a.quote).toBe('Clash.');
    expect(a.id).not.toBe(b.id);
  });

  it('quotes the leading sentences of a long citation, at most 1,000 characters', () => {
    const text = 'One short sentence. '.repeat(80);
    const cite = citationSource('src-acled', { column: 'notes', text })!;
    expect(cite.quote.length).toBeLessThanOrEqual(1000);
    expect(cite.quote.endsWith('sentence.')).toBe(true);
    expect(text.startsWith(cite.quote)).toBe(true);
  });

  it('skips empty citations and names the column of a bad one', () => {
    expect(citationSource('src-gtd', { column: 'scite2', text: ' \n ' })).toBeNull();
    expect(() => citationSource('src-gtd', { column: 'scite2', text: 'a\u0000b' })).toThrow(
      'scite2 contains U+0000',
    );
  });
});
