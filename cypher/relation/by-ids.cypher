// Relationships by id. An id starts with its start entity's id (see domain/ids.ts), so
// each lookup expands from one indexed node instead of scanning relationships.
UNWIND $ids AS id
MATCH (:Entity {id: split(id, '~')[0]})-[r]->(:Entity)
WHERE r.id = id
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
