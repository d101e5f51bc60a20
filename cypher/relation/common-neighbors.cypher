// Entities linked directly to both $a and $b, with the links on each side; most linked first.
MATCH (a:Entity {id: $a})-[r1]-(n:Entity)-[r2]-(b:Entity {id: $b})
WHERE n <> a AND n <> b AND type(r1) IN $types AND type(r2) IN $types
WITH n,
  collect(DISTINCT r1 {.*, type: type(r1), from: startNode(r1).id, to: endNode(r1).id}) AS viaA,
  collect(DISTINCT r2 {.*, type: type(r2), from: startNode(r2).id, to: endNode(r2).id}) AS viaB
RETURN n.id AS nodeId, viaA, viaB
ORDER BY size(viaA) + size(viaB) DESC, nodeId
LIMIT $first
