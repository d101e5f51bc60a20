// Takes the write locks of every relationship of one entity for the rest of the transaction (as
// edit/lock-entities does for nodes), so that a merge reads them only once no concurrent edit can
// change them, including writers that do not lock the entity first (imports).
MATCH (:Entity {id: $id})-[r]-(:Entity)
SET r.locked = true
REMOVE r.locked
RETURN count(r) AS locked
