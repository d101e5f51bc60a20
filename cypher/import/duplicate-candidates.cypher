// A page of the duplicate candidates not dismissed whose two entities both exist, by id after
// $after (of $entity's only, when given). The two entities are read in this same query: loading
// them afterwards could find one deleted meanwhile.
MATCH (d:DuplicateCandidate)
WHERE ($kind IS NULL OR d.kind = $kind) AND ($after IS NULL OR d.id > $after)
  AND ($entity IS NULL OR d.first = $entity OR d.second = $entity) AND d.dismissedAt IS NULL
MATCH (a:Entity {id: d.first})
MATCH (b:Entity {id: d.second})
WITH d, a, b
ORDER BY d.id
LIMIT $limit
CALL (a) {
  WITH a AS n
  RETURN
    // @include entity/_projection
}
WITH d, b, entity AS firstEntity
CALL (b) {
  WITH b AS n
  RETURN
    // @include entity/_projection
}
RETURN d.id AS id, d.kind AS kind, d.first AS first, d.second AS second, d.score AS score,
  d.reason AS reason, firstEntity, entity AS secondEntity
ORDER BY id
