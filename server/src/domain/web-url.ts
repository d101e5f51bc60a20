/**
 * A Source's URL is shown to analysts as a link, so it must be a web address: http or https,
 * absolute, and nothing a browser would run (javascript:, data:, vbscript:, file:). One rule for
 * the editing mutations, the seed files and the importers; the explorer checks again when it
 * draws the link.
 */

/** Why `url` is not a web address, or undefined when it is. */
export function webUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not an absolute URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return `must start with http:// or https:// (not ${parsed.protocol})`;
  if (url !== url.trim() || /\s/.test(url)) return 'must not contain spaces';
  return undefined;
}
