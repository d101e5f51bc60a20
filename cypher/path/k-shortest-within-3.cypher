// Up to 20 shortest chains of at most 3 hops between two entities (k-shortest-within-1 … -6 differ
// only in that bound: neither a quantifier's bound nor SHORTEST's count can be a parameter in Neo4j
// 5.26, a length filter does not stop the search, and one statement with a branch per bound took
// 3–9 s to plan on a busy machine, past the query timeout, where one bound plans in ~0.5 s).
// 20 rather than the API's cap of 10: parallel links and chains through a node twice use some up.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 20 (a)
  // @include path/_trace-step
  {1,3} (b)
// @include path/_distinct-chains
