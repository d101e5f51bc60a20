// Removes what the given importers created ($editors, e.g. ['import:gtd']): their entities with
// every link, links they added between other entities, and the duplicate candidates they
// recorded. For tests and for undoing a trial run.
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE r.createdBy IN $editors
  DELETE r
  RETURN count(r) AS relations
}
CALL () {
  MATCH (n:Entity) WHERE n.createdBy IN $editors
  DETACH DELETE n
  RETURN count(n) AS entities
}
CALL () {
  MATCH (d:DuplicateCandidate) WHERE d.createdBy IN $editors
  DELETE d
  RETURN count(d) AS candidates
}
RETURN relations, entities, candidates
