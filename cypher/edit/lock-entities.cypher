// Takes the write locks of these entities for the rest of the transaction (writing a property
// takes a node's lock; the property is removed again at once), so that a concurrent edit of them
// waits for this one to end instead of interleaving with it. $ids come sorted: two transactions
// that lock the same entities take them in one order and cannot deadlock on them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.locked = true
REMOVE n.locked
RETURN n.id AS id
