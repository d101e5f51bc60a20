// Removes what the given importers created ($editors, e.g. ['import:gtd']): their entities with
// every link, and links they added between other entities. For tests and for undoing a trial run.
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
RETURN relations, entities
