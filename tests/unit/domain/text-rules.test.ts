import { describe, expect, it } from 'vitest';
import { unsafeTextProblem } from '../../../server/src/domain/safe-text.js';
import { webUrlProblem } from '../../../server/src/domain/web-url.js';

describe('unsafeTextProblem', () => {
  it('accepts names in any script, with diacritics and punctuation', () => {
    for (const name of [
      'Islamic State – Khorasan',
      'تحریک طالبان پاکستان',
      'Işid-K (ISKP)',
      'Ђ 😀',
    ])
      expect(unsafeTextProblem(name)).toBeUndefined();
  });

  it.each([
    ['\u0000', 'U+0000 (a control character)'],
    ['\u0007', 'U+0007 (a control character)'],
    ['\u001b', 'U+001B (a control character)'],
    ['\u007f', 'U+007F (a control character)'],
    ['\u0085', 'U+0085 (a control character)'],
    ['\n', 'U+000A (a control character)'],
    ['\u202a', 'U+202A (a bidirectional override or isolate)'],
    ['\u202e', 'U+202E (a bidirectional override or isolate)'],
    ['\u2066', 'U+2066 (a bidirectional override or isolate)'],
    ['\u2069', 'U+2069 (a bidirectional override or isolate)'],
  ])('refuses %j in a name', (character, problem) => {
    expect(unsafeTextProblem(`IS${character}K`)).toBe(`contains ${problem}`);
  });

  it('lets quotes and descriptions keep line breaks and tabs, nothing else', () => {
    expect(unsafeTextProblem('first line\r\nsecond\tline', true)).toBeUndefined();
    expect(unsafeTextProblem('a\u0000b', true)).toBe('contains U+0000 (a control character)');
    expect(unsafeTextProblem('a\u2067b', true)).toMatch(/U\+2067/);
  });
});

describe('webUrlProblem', () => {
  it('accepts http and https addresses', () => {
    expect(webUrlProblem('https://www.start.umd.edu/gtd/')).toBeUndefined();
    expect(webUrlProblem('http://example.org/a?b=c#d')).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', /not javascript:/],
    ['JavaScript:alert(1)', /not javascript:/],
    ['data:text/html,<script>alert(1)</script>', /not data:/],
    ['vbscript:msgbox', /not vbscript:/],
    ['file:///etc/passwd', /not file:/],
    ['/relative/path', /not an absolute URL/],
    ['https://exa mple.org', /not an absolute URL|spaces/],
  ])('refuses %s', (url, problem) => {
    expect(webUrlProblem(url)).toMatch(problem);
  });
});
