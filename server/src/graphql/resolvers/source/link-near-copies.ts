/**
 * Near-copies of a text found at once when it is stored: the text is filed under its LSH bands,
 * the sources sharing a band are its candidates, those whose MinHash estimate is not far below
 * the threshold are compared exactly (word 3-shingle Jaccard), and each pair at or above the
 * threshold is linked DUPLICATE_OF (copy → original) in the same transaction.
 */
import type { QueryRunner } from '../../../db/gateway.js';
import { relationId } from '../../../domain/ids.js';
import { estimatedSimilarity } from '../../../domain/minhash.js';
import {
  matchCandidates,
  NEAR_DUPLICATE_METHOD,
  NEAR_DUPLICATE_THRESHOLD,
} from '../../../domain/near-duplicate.js';
import type { TextFingerprint } from '../../../domain/text-fingerprint.js';
import type { SourceMatchRow, SourceTextRow } from '../../records.js';

/** The text of the source `id`, as stored. */
export interface StoredSource {
  id: string;
  date: string | null;
  text: string;
  sha256: string;
}

/** Files the text of `source` under its bands, links its near-copies and returns them. */
export async function linkNearCopies(
  tx: QueryRunner,
  source: StoredSource,
  fingerprint: TextFingerprint,
  now: string,
): Promise<SourceMatchRow[]> {
  const { sha256 } = source;
  const { signature, bands } = fingerprint;
  await tx.run('source/index-bands', { sha256, signature, bands, now });
  const rows = await tx.run<{ id: string; date: string | null; signature: number[] }>(
    'source/band-candidates',
    { sha256, bands },
  );
  // Half the threshold: the estimate from 128 hashes is off by about 0.02 at that similarity.
  const likely = rows.filter(
    (row) => estimatedSimilarity(signature, row.signature) >= NEAR_DUPLICATE_THRESHOLD / 2,
  );
  if (likely.length === 0) return [];
  const dateOf = new Map(likely.map((row) => [row.id, row.date]));
  const texts = await tx.run<SourceTextRow>('source/texts-of', { ids: [...dateOf.keys()] });
  const candidates = texts.flatMap((row) =>
    row.text ? [{ id: row.id, text: row.text, date: dateOf.get(row.id) ?? null }] : [],
  );
  const pairs = matchCandidates(source, candidates, NEAR_DUPLICATE_THRESHOLD, fingerprint.shingles);
  if (pairs.length > 0) {
    await tx.run('edit/link-duplicate-sources', {
      pairs: pairs.map((pair) => ({
        ...pair,
        method: NEAR_DUPLICATE_METHOD,
        id: relationId(pair.duplicate, 'DUPLICATE_OF', pair.original),
      })),
    });
  }
  return pairs.map((pair) => ({
    id: pair.duplicate === source.id ? pair.original : pair.duplicate,
    similarity: pair.similarity,
  }));
}
