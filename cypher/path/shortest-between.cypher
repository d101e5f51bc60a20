// The shortest chain of links that pass the filter between two entities, ignoring direction.
// 6 is the API's hard cap on hops; $maxHops narrows it per request.
MATCH p = SHORTEST 1 (:Entity {id: $from})-[r WHERE
  // @include relation/_passes-filter
]-{1,6}(:Entity {id: $to})
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodeIds,
  [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relations
