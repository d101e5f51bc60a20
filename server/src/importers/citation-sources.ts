/**
 * The citation text of a dataset row (GTD `scite1`–`scite3`, ACLED `notes`) as a Source with its
 * text, stored like `addSource` stores one (domain/source-text.ts: normalised, keyed by SHA-256),
 * so one citation on many rows is one source, and the links of the row cite it with a verified
 * quote and offset.
 */
import { unsafeTextProblem } from '../domain/safe-text.js';
import { normalizeSourceText, sha256Hex } from '../domain/source-text.js';
import { RowRejected } from './row-fields.js';

/**
 * Longest citation text kept, in characters. Real GTD citations and ACLED notes stay under ~3,000;
 * the bound keeps a batch of rows (each with up to three citations) small in memory.
 */
const MAX_CITATION_CHARS = 5000;

/** Longest quote taken from a citation: the longest quote any evidence may have (evidence-rules.ts). */
const MAX_CITATION_QUOTE = 1000;

/** Longest title derived from a citation's words. */
const MAX_TITLE = 120;

/** A citation column of a row, before it becomes a source. */
export interface RowCitation {
  column: string;
  text: string;
  /**
   * Who published it, when the dataset says (ACLED `source`): stored after the text as a line
   * "Source: …", so one text is always one publisher, and quotes come from the text before it.
   */
  publisher?: string | null;
}

/** A citation as a source with its stored text, and the quote the row's links take from it. */
export interface CitationSource {
  id: string;
  title: string;
  publisher: string | null;
  text: string;
  sha256: string;
  length: number;
  quote: string;
  offset: number;
}

/**
 * The quote a link takes from a citation: the whole text when it is short enough, else its
 * leading sentences up to MAX_CITATION_QUOTE (cut at a sentence end, else at a space). A span of
 * the stored text itself, so it is verified with its offset by construction.
 */
function leadingSpan(text: string): { quote: string; offset: number } {
  const offset = text.search(/\S/u);
  const rest = text.slice(offset).trimEnd();
  if (rest.length <= MAX_CITATION_QUOTE) return { quote: rest, offset };
  const head = rest.slice(0, MAX_CITATION_QUOTE);
  const sentence = head.search(/[.!?][^.!?]*$/u);
  const cut = sentence > 0 ? sentence + 1 : head.lastIndexOf(' ');
  return { quote: (cut > 0 ? head.slice(0, cut) : head).trimEnd(), offset };
}

/**
 * The source of one citation of the dataset whose own source is `datasetSource` (e.g. src-gtd),
 * or null for an empty one; RowRejected (naming the column) for text that is too long or holds
 * control characters.
 */
export function citationSource(
  datasetSource: string,
  citation: RowCitation,
): CitationSource | null {
  const words = normalizeSourceText(citation.text);
  if (!words.trim()) return null;
  const publisher = citation.publisher?.trim() || null;
  const text = publisher ? `${words}\n\nSource: ${normalizeSourceText(publisher)}` : words;
  if (text.length > MAX_CITATION_CHARS) {
    throw new RowRejected(
      `${citation.column} is ${text.length.toLocaleString('en')} characters; a citation may have at most ${MAX_CITATION_CHARS.toLocaleString('en')}`,
    );
  }
  const problem = unsafeTextProblem(text, true);
  if (problem) throw new RowRejected(`${citation.column} ${problem}`);
  const sha256 = sha256Hex(text);
  const line = words.replace(/\s+/gu, ' ').trim();
  const title = line.length <= MAX_TITLE ? line : `${line.slice(0, MAX_TITLE - 1)}…`;
  return {
    // 16 hex digits, not the 8 of sourceIdFor: 200,000 citations would collide in 32 bits.
    id: `${datasetSource}-cite-${sha256.slice(0, 16)}`,
    title,
    publisher,
    text,
    sha256,
    length: text.length,
    ...leadingSpan(words),
  };
}
