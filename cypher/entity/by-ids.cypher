// Entities by id, with what the API derives from their neighbourhood. Used by the per-request
// entity loader, so every resolver that needs an entity costs one batched round trip.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {
  .*,
  degree: COUNT { (n)--() },
  withinId: head([(n)-[:IN]->(w:Entity) | w.id]),
  duplicateOfId: head([(n)-[:DUPLICATE_OF]->(d:Source) | d.id]),
  duplicateSimilarity: head([(n)-[d:DUPLICATE_OF]->(:Source) | d.similarity])
} AS entity
