// Entities with the most links (degree from the node's degree store), optionally of some kinds.
MATCH (n:Entity)
WHERE size($kinds) = 0 OR n.kind IN $kinds
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
LIMIT $first
RETURN n.id AS id, degree
