// Creates or updates relationships by id between existing entities; the type is checked against
// the vocabulary before this runs. Properties merge in and evidence is appended.
UNWIND $relations AS rel
MATCH (a:Entity {id: rel.from}), (b:Entity {id: rel.to})
MERGE (a)-[r:$(rel.type) {id: rel.id}]->(b)
ON CREATE SET r.createdBy = $editor, r.createdAt = $now
SET r += rel.properties, r.updatedBy = $editor, r.updatedAt = $now
// @include edit/_link-time
WITH r AS target, rel.evidenceSources AS incomingSources, rel.evidenceQuotes AS incomingQuotes,
  rel.evidenceOffsets AS incomingOffsets, rel.evidenceCredibility AS incomingCredibility
// @include edit/_merge-evidence
RETURN count(*) AS written
