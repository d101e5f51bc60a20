import { describe, expect, it } from 'vitest';
import { matchIndexOf } from '../../../../../server/src/graphql/resolvers/editing/match-index-cache.js';
import { sha256Hex } from '../../../../../server/src/domain/source-text.js';
import { indexText } from '../../../../../server/src/domain/text-match.js';

describe('match indexes kept by SHA-256', () => {
  it('builds the index of a text once and hands the same one back for its hash', () => {
    const text = 'Police said the “grain depot” was bombed\n\nat dawn.';
    const first = matchIndexOf(sha256Hex(text), text);
    expect(first).toEqual(indexText(text));
    expect(matchIndexOf(sha256Hex(text), text)).toBe(first);
  });

  it('keeps the indexes of different texts apart', () => {
    const [a, b] = ['One text here.', 'Another text there.'];
    expect(matchIndexOf(sha256Hex(a), a).text).toBe('One text here.');
    expect(matchIndexOf(sha256Hex(b), b).text).toBe('Another text there.');
  });
});
