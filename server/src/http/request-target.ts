/**
 * The path of a request, decoded once and checked before any route sees it: a malformed
 * percent-escape ("/%", "/%c0%ae"), a NUL or another control character is a 400, not an exception.
 */

/** The decoded pathname of `url`, or undefined when it is malformed. */
export function decodedPathname(url: string | undefined): string | undefined {
  const raw = (url ?? '/').split('?')[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return /[\u0000-\u001f\u007f]/.test(decoded) ? undefined : decoded;
}
