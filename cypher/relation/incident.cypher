// One breadth-first step of a neighbourhood: the links of the frontier entities that pass the
// filter and do not lead to an avoided entity, at most $limit of them.
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[r]-(other:Entity)
WHERE NOT other.id IN $avoid AND
  // @include relation/_passes-filter
WITH DISTINCT r
LIMIT $limit
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
