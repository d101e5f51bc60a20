// Creates or updates entities: labels :Entity and the kind (checked against the vocabulary
// before this runs), properties merged in, evidence appended, who and when recorded.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.createdBy = $editor, n.createdAt = $now
SET n:$(e.kind)
SET n += e.properties, n.updatedBy = $editor, n.updatedAt = $now
// The point behind the location filters and index, always from the stored coordinates.
SET n.location = CASE WHEN n.latitude IS NULL OR n.longitude IS NULL THEN null
  ELSE point({latitude: n.latitude, longitude: n.longitude}) END
// An attack's links are in force from its date: keep them right when the date is written.
WITH n, e
CALL (n) {
  WITH n WHERE n:Attack
  // Only the links under the time rule (casualty reports and text links carry no validity).
  MATCH (n)-[r]-() WHERE r.validFrom IS NOT NULL
  // @include edit/_link-time
}
WITH n AS target, e.evidenceSources AS incomingSources, e.evidenceQuotes AS incomingQuotes,
  e.evidenceOffsets AS incomingOffsets, e.evidenceCredibility AS incomingCredibility
// @include edit/_merge-evidence
RETURN count(*) AS written
