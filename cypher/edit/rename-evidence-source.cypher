// After two sources merge, evidence that cited the removed one cites the kept one, and mirrors the
// kept one's grade (edit/_evidence-reliability).
CALL () {
  MATCH ()-[r]->() WHERE $mergeId IN r.evidenceSources
  SET r.evidenceSources = [s IN r.evidenceSources | CASE s WHEN $mergeId THEN $keepId ELSE s END]
  WITH r AS target
  // @include edit/_evidence-reliability
  RETURN count(target) AS relations
}
CALL () {
  MATCH (n:Entity) WHERE $mergeId IN n.evidenceSources
  SET n.evidenceSources = [s IN n.evidenceSources | CASE s WHEN $mergeId THEN $keepId ELSE s END]
  WITH n AS target
  // @include edit/_evidence-reliability
  RETURN count(target) AS nodes
}
RETURN relations + nodes AS written
