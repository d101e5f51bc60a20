// Sets the reliability of source $id ($reliability null: ungraded) and mirrors it onto every
// relationship and entity whose evidence cites the source (edit/_evidence-reliability). Finding
// them is a scan, as in edit/rename-evidence-source: grading is an editorial act, not a hot path.
MATCH (s:Source {id: $id})
SET s.reliability = $reliability, s.updatedBy = $editor, s.updatedAt = $now
WITH s
CALL (s) {
  MATCH ()-[target]->() WHERE s.id IN target.evidenceSources
  // @include edit/_evidence-reliability
  RETURN count(target) AS relations
}
CALL (s) {
  MATCH (target:Entity) WHERE s.id IN target.evidenceSources
  // @include edit/_evidence-reliability
  RETURN count(target) AS entities
}
RETURN s.id AS id
