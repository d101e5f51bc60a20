// Files a stored text under its MinHash LSH bands (see server/src/domain/minhash.ts) and keeps its
// signature. The SET on each band locks it until this transaction ends (keys come sorted, so two
// transactions lock shared bands in one order): of two similar texts added at the same moment the
// second waits here for the first, then finds it in source/band-candidates.
MATCH (t:SourceText {sha256: $sha256})
SET t.signature = $signature
WITH t
UNWIND $bands AS key
MERGE (b:TextBand {key: key})
SET b.usedAt = $now
MERGE (t)-[:IN_BAND]->(b)
RETURN count(*) AS written
