// Up to 10 shortest chains between two entities (the API's cap), shortest first; $first narrows.
MATCH p = SHORTEST 10 (:Entity {id: $from})-[r WHERE
  // @include relation/_passes-filter
]-{1,6}(:Entity {id: $to})
WHERE length(p) <= $maxHops
WITH p
ORDER BY length(p)
LIMIT $first
RETURN [n IN nodes(p) | n.id] AS nodeIds,
  [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relations
