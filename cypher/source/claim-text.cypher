// Holds a source text for the rest of the write transaction: finds it by its SHA-256 or stores it,
// and answers with the source that already has it. Under the source_text_sha256 constraint a
// concurrent MERGE of the same text waits until this transaction ends, and the SET locks a text
// stored earlier, so two additions of one text run one after the other and the second finds the
// source of the first.
MERGE (t:SourceText {sha256: $sha256})
ON CREATE SET t.text = $text, t.length = $length, t.excluded = $excluded, t.createdAt = $now,
  t.createdBy = $editor
SET t.claimedAt = $now
WITH t
OPTIONAL MATCH (s:Source {sha256: $sha256})
RETURN s.id AS sourceId, s.textLength IS NOT NULL AS hasText
ORDER BY s.createdAt
LIMIT 1
