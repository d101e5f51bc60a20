/**
 * Quotes checked against the stored texts of the sources they cite, inside the write transaction
 * that stores them (so a text cannot change in between): a quote of a source with text must occur
 * in it and is stored as the text's own span with its offset; a source without text takes the
 * quote as given, unverified. The rules are in domain/quote-verification.ts.
 */
import type { QueryRunner } from '../../../db/gateway.js';
import type { EvidenceRecord } from '../../../domain/graph-write.js';
import { verifyQuote } from '../../../domain/quote-verification.js';
import { AppError } from '../../../errors/api-errors.js';
import type { EvidenceInput } from '../../generated/resolvers-types.js';
import type { SourceTextRow } from '../../records.js';
import { matchIndexOf } from './match-index-cache.js';

/** `evidence` (already checked by checkEvidence) as it is to be stored; BAD_USER_INPUT if not found. */
export async function verifyEvidence(
  tx: QueryRunner,
  evidence: readonly EvidenceInput[],
  path: (string | number)[],
): Promise<EvidenceRecord[]> {
  const ids = [...new Set(evidence.map((e) => e.source))];
  const rows = await tx.run<SourceTextRow>('source/texts-of', { ids });
  const texts = new Map(rows.map((row) => [row.id, row]));
  return evidence.map((e, i) => {
    const quote = e.quote.trim();
    const stored = texts.get(e.source);
    const credibility = e.credibility ?? null;
    if (!stored?.text || !stored.sha256)
      return { source: e.source, quote, offset: null, credibility };
    const index = matchIndexOf(stored.sha256, stored.text);
    const check = verifyQuote({ text: stored.text, excluded: stored.excluded }, quote, index);
    if ('verified' in check)
      return { source: e.source, quote: check.quote, offset: check.offset, credibility };
    const where = `${path.join('.')}[${i}].quote`;
    const shown = quote.length > 120 ? `${quote.slice(0, 120)}…` : quote;
    const hint = check.closest ? `; did you mean "${check.closest}"?` : '.';
    throw new AppError(
      'BAD_USER_INPUT',
      `${where} "${shown}" ${check.problem} (source "${e.source}")${hint}`,
      {
        argumentPath: [...path, i, 'quote'],
        ...(check.closest ? { didYouMean: check.closest } : {}),
      },
    );
  });
}
