// Finds or creates (at version 0) the investigation and takes its write lock for the rest of the
// transaction, so that a concurrent save of it waits and then reads the version this one wrote
// (see investigation/by-id.cypher, run next in the same transaction). MERGE on the unique id makes
// two creations of one id meet on one node.
MERGE (i:Investigation {id: $id})
  ON CREATE SET i.version = 0, i.createdAt = $now, i.createdBy = $editor
SET i.locked = true
REMOVE i.locked
RETURN i.id AS id
