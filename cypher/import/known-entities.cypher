// Everything but attacks, for the importer's name resolution: ids and kinds (so new ids never
// clash), every spelling (name first, then aliases), where each place lies and, for places an import
// created, the coordinates of the row that named it first.
MATCH (n:Entity)
WHERE NOT n:Attack
RETURN n.id AS id, n.kind AS kind, [n.name] + coalesce(n.aliases, []) AS spellings,
  n.placeType AS placeType,
  coalesce(n.createdBy, '') STARTS WITH 'import:' AS imported,
  [(n)-[:IN]->(parent:Entity) | parent.id] AS parentIds,
  head([(n)-[:IN*1..4]->(s:State) | s.id]) AS stateId,
  n.latitude AS latitude, n.longitude AS longitude
ORDER BY id
