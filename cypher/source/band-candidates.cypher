// The sources whose texts share an LSH band with the text $sha256: the only ones near-duplicate
// detection compares it with. Each with its date and MinHash signature.
UNWIND $bands AS key
MATCH (:TextBand {key: key})<-[:IN_BAND]-(t:SourceText)
WHERE t.sha256 <> $sha256
WITH DISTINCT t
MATCH (s:Source {sha256: t.sha256})
WHERE s.textLength IS NOT NULL
RETURN s.id AS id, s.date AS date, t.signature AS signature
