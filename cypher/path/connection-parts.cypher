// The direct parts of `connection(a, b)`: the links between a and b, the attacks both claimed,
// are suspected of or perpetrated (newest first), and the places and states both operate or are
// based in. At most $limit of each.
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
RETURN
  COLLECT {
    MATCH (a)-[r]-(b)
    WHERE type(r) IN $types
    WITH r ORDER BY type(r), r.id LIMIT $limit
    RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}
  } AS direct,
  COLLECT {
    MATCH (a)-[:CLAIMED|SUSPECTED_OF|PERPETRATED]->(t:Attack)<-[:CLAIMED|SUSPECTED_OF|PERPETRATED]-(b)
    WITH DISTINCT t ORDER BY t.dateStart DESC, t.id LIMIT $limit
    RETURN t.id
  } AS sharedAttackIds,
  COLLECT {
    MATCH (a)-[:OPERATES_IN|BASED_IN]->(p:Entity)<-[:OPERATES_IN|BASED_IN]-(b)
    WITH DISTINCT p ORDER BY p.name, p.id LIMIT $limit
    RETURN p.id
  } AS sharedPlaceIds
