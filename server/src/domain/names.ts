/**
 * How names and aliases become searchable. "IS-K", "is k", "ISK" and "Işk" must meet, so each
 * spelling is also stored as a key: diacritics removed, lower-cased, letters and digits only.
 */

/** Lower-case letters and digits of `text`, diacritics removed: "Daesh-K" → "daeshk". */
export function nameKey(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of `text`, folded like nameKey: "Tehreek-e-Taliban" → ["tehreek", "e", "taliban"]. */
export function nameWords(text: string): string[] {
  return foldDiacritics(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** The derived search properties an entity node stores beside `name` and `aliases`. */
export function searchProperties(name: string, aliases: readonly string[]) {
  const keys = [...new Set([name, ...aliases].map(nameKey).filter(Boolean))];
  return { aliasText: aliases.join(' | '), searchKeys: keys.join(' ') };
}
