// Up to 20 shortest chains between two entities within $maxHops, as distinct node sequences
// without repeated nodes, each hop with all its parallel links; resolvers/path/rank-paths.ts
// orders them and keeps $first. Links must pass the filter and intermediate nodes the hub
// control, both checked inside the pattern, so they steer the search rather than filter its
// result. Neither the quantifier's bound nor SHORTEST's count can be a parameter in Neo4j 5.26,
// and a length filter does not stop the search (it went on to 6 hops looking for chains that
// cannot pass, for seconds on a busy group), so there is one branch per bound: only the one whose
// guard holds runs, and its search ends at $maxHops hops. 20 rather than the API's cap of 10:
// parallel links and chains through a node twice use up candidates.
CALL () {
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 1
  MATCH p = SHORTEST 20 (a) (()-[r WHERE
    // @include relation/_passes-filter
  ]-(x:Entity WHERE x.id = $to OR (
    // @include path/_passes-node
  ))){1,1} (b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 2
  MATCH p = SHORTEST 20 (a) (()-[r WHERE
    // @include relation/_passes-filter
  ]-(x:Entity WHERE x.id = $to OR (
    // @include path/_passes-node
  ))){1,2} (b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 3
  MATCH p = SHORTEST 20 (a) (()-[r WHERE
    // @include relation/_passes-filter
  ]-(x:Entity WHERE x.id = $to OR (
    // @include path/_passes-node
  ))){1,3} (b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 4
  MATCH p = SHORTEST 20 (a) (()-[r WHERE
    // @include relation/_passes-filter
  ]-(x:Entity WHERE x.id = $to OR (
    // @include path/_passes-node
  ))){1,4} (b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 5
  MATCH p = SHORTEST 20 (a) (()-[r WHERE
    // @include relation/_passes-filter
  ]-(x:Entity WHERE x.id = $to OR (
    // @include path/_passes-node
  ))){1,5} (b)
  RETURN p
  UNION ALL
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE $maxHops = 6
  MATCH p = SHORTEST 20 (a) (()-[r WHERE
    // @include relation/_passes-filter
  ]-(x:Entity WHERE x.id = $to OR (
    // @include path/_passes-node
  ))){1,6} (b)
  RETURN p
}
WITH DISTINCT [n IN nodes(p) | n.id] AS nodeIds
WHERE all(i IN range(1, size(nodeIds) - 1) WHERE NOT nodeIds[i] IN nodeIds[0..i])
RETURN nodeIds,
  // @include path/_hops
