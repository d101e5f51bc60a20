// Holds an entity id for the rest of the write transaction: finds its node, or creates it with the
// kind asked for and who created it, when. Under the entity_id constraint a concurrent MERGE of the
// same id waits until this transaction ends, so the kind returned cannot be raced by another
// creation of the id.
MERGE (n:Entity {id: $id})
ON CREATE SET n.kind = $kind, n.createdBy = $editor, n.createdAt = $now
RETURN n.kind AS kind
