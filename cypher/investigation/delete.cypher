// Deletes one investigation; `deleted` is 0 when it did not exist.
OPTIONAL MATCH (i:Investigation {id: $id})
WITH i, count(i) AS deleted
DETACH DELETE i
RETURN deleted
