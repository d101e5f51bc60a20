// Every relationship of one entity, of any type, with the properties it carries (for merges).
MATCH (:Entity {id: $id})-[r]-(:Entity)
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
