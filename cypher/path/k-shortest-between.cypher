// Up to $first shortest chains between two entities within $maxHops, shortest first. Neither the
// quantifier's bound nor SHORTEST's count can be a parameter in Neo4j 5.26, and a length filter
// does not stop the search (it went on to 6 hops looking for chains that cannot pass, for seconds
// on a busy group), so there is one branch per bound: only the one whose guard holds runs, and its
// search ends at $maxHops hops. It looks for the API's cap of 10 chains; $first narrows.
CALL () {
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 1
  MATCH p = SHORTEST 10 (a)-[r WHERE
    // @include relation/_passes-filter
  ]-{1,1}(b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 2
  MATCH p = SHORTEST 10 (a)-[r WHERE
    // @include relation/_passes-filter
  ]-{1,2}(b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 3
  MATCH p = SHORTEST 10 (a)-[r WHERE
    // @include relation/_passes-filter
  ]-{1,3}(b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 4
  MATCH p = SHORTEST 10 (a)-[r WHERE
    // @include relation/_passes-filter
  ]-{1,4}(b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 5
  MATCH p = SHORTEST 10 (a)-[r WHERE
    // @include relation/_passes-filter
  ]-{1,5}(b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 6
  MATCH p = SHORTEST 10 (a)-[r WHERE
    // @include relation/_passes-filter
  ]-{1,6}(b)
  RETURN p
}
WITH p
ORDER BY length(p)
LIMIT $first
RETURN [n IN nodes(p) | n.id] AS nodeIds,
  [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relations
