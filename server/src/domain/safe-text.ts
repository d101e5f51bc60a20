/**
 * Characters no stored text may hold: NUL and the other C0/C1 control characters, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a
 * name read as something else ("Trojan Source"). Names, aliases and titles are one line, so they
 * may hold none of them; quotes and descriptions are copied from articles that have paragraphs and
 * tab stops, so they may also hold line feeds, carriage returns and tabs. One rule for every way
 * into the graph: the editing mutations, the seed files and the importers.
 */

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const UNSAFE_IN_PROSE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Why `text` may not be stored, e.g. 'contains U+0000 (a control character)', or undefined when
 * it may. `prose` allows line breaks and tabs (quotes, descriptions).
 */
export function unsafeTextProblem(text: string, prose = false): string | undefined {
  const found = (prose ? UNSAFE_IN_PROSE : UNSAFE).exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const what = /[\u202a-\u202e\u2066-\u2069]/u.test(found)
    ? 'a bidirectional override or isolate'
    : 'a control character';
  return `contains ${code} (${what})`;
}
