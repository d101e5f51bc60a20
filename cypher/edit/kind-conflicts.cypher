// Ids in $entities that already belong to an entity of another kind.
UNWIND $entities AS e
MATCH (n:Entity {id: e.id})
WHERE n.kind <> e.kind
RETURN n.id AS id, n.kind AS existingKind, e.kind AS kind
