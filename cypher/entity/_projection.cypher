// An entity `n` as the API reads it: its properties and what is derived from its neighbourhood.
n {
  .*,
  degree: COUNT { (n)--() },
  withinId: head([(n)-[:IN]->(w:Entity) | w.id]),
  duplicateOfId: head([(n)-[:DUPLICATE_OF]->(d:Source) | d.id]),
  duplicateSimilarity: head([(n)-[d:DUPLICATE_OF]->(:Source) | d.similarity])
} AS entity
