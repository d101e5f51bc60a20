// Every domain link as a pair of ids: the input of the betweenness computation.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
RETURN a.id AS from, b.id AS to
