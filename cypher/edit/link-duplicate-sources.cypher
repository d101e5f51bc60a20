// Marks near-copies: (duplicate)-[:DUPLICATE_OF {similarity, method}]->(original).
UNWIND $pairs AS pair
MATCH (d:Source {id: pair.duplicate}), (o:Source {id: pair.original})
MERGE (d)-[x:DUPLICATE_OF]->(o)
SET x.id = pair.id, x.similarity = pair.similarity, x.method = pair.method
RETURN count(*) AS written
