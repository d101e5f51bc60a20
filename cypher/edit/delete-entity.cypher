// Removes an entity and its relationships (used by merges, after they were moved).
MATCH (n:Entity {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
