// The shortest chain of links that pass the filter between two entities, ignoring direction, its
// intermediate nodes passing the hub control, each hop with all its parallel links.
// 6 is the API's hard cap on hops; $maxHops narrows it per request. Classic shortestPath runs a
// bidirectional breadth-first search that checks both `all` predicates as it goes; on a graph with
// busy hubs it touches a few thousand records where `SHORTEST 1` touched hundreds of thousands.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[rs*1..6]-(b))
WHERE all(r IN rs WHERE
  // @include relation/_passes-filter
)
AND all(x IN nodes(p) WHERE x.id IN [$from, $to] OR (
  // @include path/_passes-node
))
WITH p
WHERE length(p) <= $maxHops
WITH [n IN nodes(p) | n.id] AS nodeIds
RETURN nodeIds,
  // @include path/_hops
