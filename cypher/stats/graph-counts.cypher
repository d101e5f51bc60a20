// Nodes per label and, per type, the relationships that start at an entity (so internal links such
// as a stored text's LSH bands are left out), from Neo4j's count store (constant time). The store
// keeps a type once it has existed, at count 0 after its last relationship is deleted: left out.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [x IN data.nodes WHERE x.label IS NOT NULL | {label: x.label, count: x.count}] AS labels,
  [x IN data.relationships WHERE x.relationshipType IS NOT NULL AND x.startLabel = 'Entity' AND x.endLabel IS NULL AND x.count > 0 |
    {type: x.relationshipType, count: x.count}] AS types
