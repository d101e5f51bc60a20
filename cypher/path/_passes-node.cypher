// A node `x` a trace may pass through (the hub control of shortestPath, paths, neighborhood):
// not one of $avoid, of one of $viaKinds (null: any kind), at most $maxDegree links (null: any;
// degree as Entity.degree counts it, read from the node's degree store).
NOT x.id IN $avoid
AND ($viaKinds IS NULL OR x.kind IN $viaKinds)
AND ($maxDegree IS NULL OR COUNT { (x)--() } <= $maxDegree)
