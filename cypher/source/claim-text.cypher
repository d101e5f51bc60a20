// Holds source texts for the rest of the write transaction: finds each by its SHA-256 or stores
// it, and answers with the source that already has it (null when none). Under the
// source_text_sha256 constraint a concurrent MERGE of the same text waits until this transaction
// ends, and the SET locks a text stored earlier, so two additions of one text run one after the
// other and the second finds the source of the first. One text from addSource and the seed
// loader, a batch of citation texts from the importers.
UNWIND $texts AS c
MERGE (t:SourceText {sha256: c.sha256})
ON CREATE SET t.text = c.text, t.length = c.length, t.excluded = c.excluded, t.createdAt = $now,
  t.createdBy = $editor
SET t.claimedAt = $now
WITH c, t
OPTIONAL MATCH (s:Source {sha256: c.sha256})
WITH c, s
ORDER BY s.createdAt
WITH c, collect(s)[0] AS s
RETURN c.sha256 AS sha256, s.id AS sourceId, s.textLength IS NOT NULL AS hasText
