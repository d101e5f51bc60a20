/**
 * Links to the outside world (a Source's URL) only for http and https addresses: anything else —
 * javascript:, data:, a relative path — is shown as text, whatever the server stored. The server
 * refuses such URLs too (server/src/domain/web-url.ts); this is the second lock.
 */
import { h } from './dom.js';

/** True for an absolute http(s) URL. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** An anchor to `url` opening in a new tab when it is a web address, else `text` as plain text. */
export function webLink(url: string, text: string): HTMLElement | string {
  return isWebUrl(url)
    ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text)
    : text;
}
