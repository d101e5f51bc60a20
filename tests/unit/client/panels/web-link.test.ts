import { describe, expect, it } from 'vitest';
import { isWebUrl } from '../../../../client/src/panels/web-link.js';

describe('isWebUrl (the explorer links only to web addresses)', () => {
  it('accepts http and https', () => {
    expect(isWebUrl('https://acleddata.com/')).toBe(true);
    expect(isWebUrl('http://example.org/a')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    '/gtd',
    'www.example.org',
  ])('refuses %j', (url) => expect(isWebUrl(url)).toBe(false));
});
