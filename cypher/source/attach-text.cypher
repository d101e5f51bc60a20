// Gives sources their stored texts (claimed by source/claim-text in the same transaction): each
// text's SHA-256 and length go on the Source node, the text stays on its SourceText node, which
// traversals never read.
UNWIND $texts AS c
MATCH (s:Source {id: c.id})
SET s.sha256 = c.sha256, s.textLength = c.length
RETURN count(s) AS written
