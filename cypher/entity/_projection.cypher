// An entity `n` as the API reads it: its properties and what is derived from its neighbourhood.
n {
  .*,
  degree: COUNT { (n)--() },
  withinId: head([(n)-[:IN]->(w:Entity) | w.id]),
  duplicateOf: [(n)-[d:DUPLICATE_OF]->(o:Source) | {id: o.id, similarity: d.similarity}],
  duplicates: [(n)<-[d:DUPLICATE_OF]-(c:Source) | {id: c.id, similarity: d.similarity}]
} AS entity
