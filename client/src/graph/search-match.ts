/**
 * Why a search result matched: the server matches names and aliases ignoring case, diacritics,
 * hyphens and spacing; the client repeats that normalisation to show which alias hit ("ISKP" →
 * "IS-KP"), so a result whose name looks unrelated still makes sense.
 */

/** Lower case, no diacritics, letters and digits only. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The alias that best explains the match, or null when the name itself matches (or nothing does). */
export function matchedAlias(query: string, name: string, aliases: string[]): string | null {
  const q = normalizeName(query);
  if (!q || normalizeName(name).includes(q)) return null;
  const hits = aliases.filter((a) => normalizeName(a).includes(q));
  // Prefer the alias the query spells most completely: 'ISKP' explains 'IS-KP' better than 'ISKP fighters'.
  hits.sort((a, b) => normalizeName(a).length - normalizeName(b).length);
  return hits[0] ?? null;
}
