// What merging $mergeId into $keepId would move (mergePreview), read only: the merged entity's links
// by type and direction, each group with its count, how many of them keep already has (same type,
// direction and other end: they are combined) and up to $sample other ends by id; `between` marks
// the links between the two, which a merge drops. Also the State each lies in (for places).
MATCH (k:Entity {id: $keepId})
MATCH (m:Entity {id: $mergeId})
CALL (k, m) {
  OPTIONAL MATCH (m)-[r]-(o:Entity)
  WITH k, m, r, o
  WHERE r IS NOT NULL
  WITH type(r) AS type, startNode(r) = m AS out, o, o = k AS between,
    EXISTS {
      MATCH (k)-[r2]-(o)
      WHERE type(r2) = type(r) AND (startNode(r2) = k) = (startNode(r) = m)
    } AS onKeep
  ORDER BY o.id
  WITH type, out, between, count(*) AS count, collect(DISTINCT o.id) AS others,
    sum(CASE WHEN onKeep THEN 1 ELSE 0 END) AS combined
  ORDER BY type, out DESC
  RETURN collect({
    type: type, direction: CASE WHEN out THEN 'OUT' ELSE 'IN' END, between: between, count: count,
    combined: combined, others: others[0..$sample]
  }) AS groups
}
RETURN groups,
  head([(k)-[:IN*0..6]->(s:State) | s.id]) AS keepState,
  head([(m)-[:IN*0..6]->(s:State) | s.id]) AS mergeState
