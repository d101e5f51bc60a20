/**
 * Evidence as Neo4j stores it on a node or relationship: parallel lists (sources, quotes,
 * offsets, credibility), read back into one record per quote. Pure, so the resolvers and the write layer
 * (writes/) read it alike.
 */

/** One stored quote and the source it is quoted from. */
export interface StoredEvidence {
  sourceId: string;
  quote: string;
  /** Offset of the quote in its source's stored text; null when unverified. */
  offset: number | null;
  /** Credibility 1–6; null when ungraded. */
  credibility: number | null;
}

/** Evidence stored as parallel lists on a node or relationship (offset -1: unverified). */
export function evidenceOf(row: {
  evidenceSources?: string[];
  evidenceQuotes?: string[];
  evidenceOffsets?: number[];
  evidenceCredibility?: number[];
}): StoredEvidence[] {
  const sources = row.evidenceSources ?? [];
  return sources.map((sourceId, i) => {
    const offset = row.evidenceOffsets?.[i] ?? -1;
    const credibility = row.evidenceCredibility?.[i] ?? 0;
    return {
      sourceId,
      quote: row.evidenceQuotes?.[i] ?? '',
      offset: offset >= 0 ? offset : null,
      credibility: credibility > 0 ? credibility : null,
    };
  });
}
