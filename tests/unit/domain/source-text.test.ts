import { describe, expect, it } from 'vitest';
import {
  MAX_SOURCE_TEXT_BYTES,
  normalizeSourceText,
  sha256Hex,
  sourceIdFor,
  sourceTextProblem,
  storedText,
} from '../../../server/src/domain/source-text.js';

describe('normalizeSourceText', () => {
  it('composes to NFC, turns \\r\\n and \\r into \\n and drops a byte-order mark', () => {
    expect(normalizeSourceText('\ufeffCafe\u0301\r\nnext\rlast')).toBe('Caf\u00e9\nnext\nlast');
  });

  it('is stable: normalising twice changes nothing', () => {
    const once = normalizeSourceText('A\u0308\r\nB');
    expect(normalizeSourceText(once)).toBe(once);
  });
});

describe('storedText', () => {
  it('hashes and measures the normalised text', () => {
    const stored = storedText('x\r\ny');
    expect(stored).toEqual({ text: 'x\ny', sha256: sha256Hex('x\ny'), length: 3 });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(storedText('x\ny').sha256).toBe(stored.sha256);
  });
});

describe('sourceTextProblem', () => {
  it('accepts a text of exactly the limit and refuses one byte more', () => {
    expect(sourceTextProblem('x'.repeat(MAX_SOURCE_TEXT_BYTES))).toBeUndefined();
    expect(sourceTextProblem('x'.repeat(MAX_SOURCE_TEXT_BYTES + 1))).toContain('2,097,153 bytes');
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(sourceTextProblem('é'.repeat(MAX_SOURCE_TEXT_BYTES / 2 + 1))).toContain('bytes');
  });

  it('refuses an empty text and control characters', () => {
    expect(sourceTextProblem('  \n')).toContain('empty');
    expect(sourceTextProblem('a\u0000b')).toContain('U+0000');
    expect(sourceTextProblem('line one\n\ttabbed')).toBeUndefined();
  });
});

describe('sourceIdFor', () => {
  it('makes a slug of the title and the hash’s first 8 digits', () => {
    expect(sourceIdFor('Attaque à Kaboul: 12 morts', 'abcdef0123456789')).toBe(
      'src-attaque-a-kaboul-12-morts-abcdef01',
    );
    expect(sourceIdFor('***', 'abcdef0123456789')).toBe('src-abcdef01');
  });
});
