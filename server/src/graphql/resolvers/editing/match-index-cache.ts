/**
 * Prepared match indexes (domain/text-match.ts) of source texts, kept by the text's SHA-256 so a
 * mutation citing a long source does not re-index it: indexing a 2 MiB text takes ~125 ms on the
 * request thread, finding a quote in a prepared index well under a millisecond. A text stored under
 * a hash never changes, so a kept index is never stale; lru-cache bounds the memory by bytes.
 */
import { LRUCache } from 'lru-cache';
import { indexText, type MatchIndex } from '../../../domain/text-match.js';

/** Bytes of indexes kept: a few of the largest (2 MiB) texts, or hundreds of articles. */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

const indexes = new LRUCache<string, MatchIndex>({
  maxSize: MAX_INDEX_BYTES,
  // The folded text (2 bytes a UTF-16 unit) and its raw-index array.
  sizeCalculation: (index) => Math.max(1, index.text.length * 2 + index.rawIndex.byteLength),
});

/** The match index of `text`, whose SHA-256 is `sha256`: kept from an earlier call, or built now. */
export function matchIndexOf(sha256: string, text: string): MatchIndex {
  const kept = indexes.get(sha256);
  if (kept) return kept;
  const index = indexText(text);
  indexes.set(sha256, index);
  return index;
}
