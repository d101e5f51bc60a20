/**
 * Evidence as Neo4j stores it on a node or relationship: three parallel lists (sources, quotes,
 * offsets), read back into one record per quote. Pure, so the resolvers and the write layer
 * (writes/) read it alike.
 */

/** One stored quote and the source it is quoted from. */
export interface StoredEvidence {
  sourceId: string;
  quote: string;
  /** Offset of the quote in its source's stored text; null when unverified. */
  offset: number | null;
}

/** Evidence stored as parallel lists on a node or relationship (offset -1: unverified). */
export function evidenceOf(row: {
  evidenceSources?: string[];
  evidenceQuotes?: string[];
  evidenceOffsets?: number[];
}): StoredEvidence[] {
  const sources = row.evidenceSources ?? [];
  return sources.map((sourceId, i) => {
    const offset = row.evidenceOffsets?.[i] ?? -1;
    return { sourceId, quote: row.evidenceQuotes?.[i] ?? '', offset: offset >= 0 ? offset : null };
  });
}
