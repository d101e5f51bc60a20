// Gives a source its stored text (claimed by source/claim-text in the same transaction): the
// text's SHA-256 and length go on the Source node, the text stays on its SourceText node, which
// traversals never read.
MATCH (s:Source {id: $id})
SET s.sha256 = $sha256, s.textLength = $length
RETURN count(s) AS written
