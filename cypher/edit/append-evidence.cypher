// Adds evidence to one relationship (found through its start entity, see relation/by-ids).
MATCH (:Entity {id: split($relationId, '~')[0]})-[r]->(:Entity)
WHERE r.id = $relationId
SET r.updatedBy = $editor, r.updatedAt = $now
WITH r AS target, $sources AS incomingSources, $quotes AS incomingQuotes, $offsets AS incomingOffsets,
  $credibility AS incomingCredibility
// @include edit/_merge-evidence
RETURN count(*) AS written
