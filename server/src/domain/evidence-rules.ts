/**
 * The rules every piece of evidence obeys, whichever way it enters the graph: the seed files, the
 * editing mutations (graphql/resolvers/editing/evidence-input.ts) and the importers. Evidence is a
 * short verbatim quote and the Source entity it is quoted from.
 */
import { unsafeTextProblem } from './safe-text.js';

/** Longest quote, counted after trimming: a quote, not a copy of the article. */
const MAX_QUOTE_LENGTH = 1000;

/**
 * A quote: prose of safe characters (checked before trimming), not blank, at most
 * MAX_QUOTE_LENGTH once trimmed.
 */
export function quoteProblem(quote: string): string | undefined {
  const trimmed = quote.trim();
  if (!trimmed) return 'must not be empty';
  if (trimmed.length > MAX_QUOTE_LENGTH)
    return `is ${trimmed.length} characters; quote at most ${MAX_QUOTE_LENGTH.toLocaleString('en')}`;
  return unsafeTextProblem(quote, true);
}

/** Evidence cites a Source entity; `kind` is the cited entity's kind, undefined when it is unknown. */
export function evidenceSourceProblem(kind: string | undefined): string | undefined {
  if (kind === 'Source') return undefined;
  return kind ? `is a ${kind}, not a Source entity` : 'is not the id of any Source entity';
}

/** A relation needs at least one piece of evidence. */
export function evidenceCountProblem(evidence: readonly unknown[]): string | undefined {
  return evidence.length === 0 ? 'needs at least one source and quote' : undefined;
}
