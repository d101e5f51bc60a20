// Entities linked directly to both $a and $b, with the links on each side; most linked first.
// Both ends are found by id first, so each neighbour of $a is checked against the bound $b
// (Expand(Into), which walks the smaller side) instead of expanding all of the neighbour's links
// and filtering them by id: through a hub (a state with thousands of attacks) that was most of
// the query's database hits.
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH (a)-[r1]-(n:Entity)-[r2]-(b)
WHERE n <> a AND n <> b AND type(r1) IN $types AND type(r2) IN $types
WITH n,
  collect(DISTINCT r1 {.*, type: type(r1), from: startNode(r1).id, to: endNode(r1).id}) AS viaA,
  collect(DISTINCT r2 {.*, type: type(r2), from: startNode(r2).id, to: endNode(r2).id}) AS viaB
RETURN n.id AS nodeId, viaA, viaB
ORDER BY size(viaA) + size(viaB) DESC, nodeId
LIMIT $first
