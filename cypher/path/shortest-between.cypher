// The shortest chain of links that pass the filter between two entities, ignoring direction.
// 6 is the API's hard cap on hops; $maxHops narrows it per request. Classic shortestPath runs a
// bidirectional breadth-first search that checks the filter as it goes; on a graph with busy
// hubs it touches a few thousand records where `SHORTEST 1` touched hundreds of thousands.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[rs*1..6]-(b))
WHERE all(r IN rs WHERE
  // @include relation/_passes-filter
)
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodeIds,
  [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relations
