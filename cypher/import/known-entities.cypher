// Everything but attacks, for the importer's name resolution: ids and kinds (so new ids never
// clash), search keys of groups and states, and where each place lies.
MATCH (n:Entity)
WHERE NOT n:Attack
RETURN n.id AS id, n.kind AS kind, coalesce(n.searchKeys, '') AS searchKeys, n.placeType AS placeType,
  coalesce(n.createdBy, '') STARTS WITH 'import:' AS imported,
  [(n)-[:IN]->(parent:Entity) | parent.id] AS parentIds,
  head([(n)-[:IN*1..4]->(s:State) | s.id]) AS stateId
ORDER BY id
