// The chains `p` as distinct node sequences without a node twice, each hop with all its
// parallel links (resolvers/path/rank-paths.ts scores, orders and cuts them).
WITH DISTINCT [n IN nodes(p) | n.id] AS nodeIds
WHERE all(i IN range(1, size(nodeIds) - 1) WHERE NOT nodeIds[i] IN nodeIds[0..i])
RETURN nodeIds,
  // @include path/_hops
