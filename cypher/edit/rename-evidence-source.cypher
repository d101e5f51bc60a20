// After two sources merge, evidence that cited the removed one cites the kept one.
CALL () {
  MATCH ()-[r]->() WHERE $mergeId IN r.evidenceSources
  SET r.evidenceSources = [s IN r.evidenceSources | CASE s WHEN $mergeId THEN $keepId ELSE s END]
  RETURN count(r) AS relations
}
CALL () {
  MATCH (n:Entity) WHERE $mergeId IN n.evidenceSources
  SET n.evidenceSources = [s IN n.evidenceSources | CASE s WHEN $mergeId THEN $keepId ELSE s END]
  RETURN count(n) AS nodes
}
RETURN relations + nodes AS written
