// Deletes one relationship by id; returns how many were deleted (0 or 1).
MATCH (:Entity {id: split($id, '~')[0]})-[r]->(:Entity)
WHERE r.id = $id
DELETE r
RETURN count(*) AS deleted
