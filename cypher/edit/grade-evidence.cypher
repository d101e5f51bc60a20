// Sets the credibility ($credibility, 0: ungraded) of the evidence of relation or entity $id that
// quotes $quote from $source; a relation is found through its start entity (see relation/by-ids).
// Returns nothing when $id or that piece of evidence does not exist.
CALL () {
  MATCH (:Entity {id: split($id, '~')[0]})-[r]->(:Entity) WHERE r.id = $id
  RETURN r AS target
  UNION
  MATCH (n:Entity {id: $id})
  RETURN n AS target
}
WITH target, [i IN range(0, size(coalesce(target.evidenceSources, [])) - 1)
  WHERE target.evidenceSources[i] = $source AND target.evidenceQuotes[i] = $quote] AS hits
WHERE size(hits) > 0
SET target.evidenceCredibility = [i IN range(0, size(target.evidenceSources) - 1) |
    CASE WHEN i IN hits THEN $credibility ELSE coalesce(target.evidenceCredibility[i], 0) END],
  target.updatedBy = $editor, target.updatedAt = $now
RETURN target {.evidenceSources, .evidenceQuotes, .evidenceOffsets, .evidenceCredibility} AS owner
