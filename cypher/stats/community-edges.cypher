// Every link of the given types between two entities of the given kinds, as a pair of ids: the
// input of the communities computation (compute/communities.ts).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types AND a.kind IN $kinds AND b.kind IN $kinds
RETURN a.id AS from, b.id AS to
