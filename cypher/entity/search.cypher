// Full-text search over names and aliases. $query is built by server/src/domain/search-query.ts
// from letters and digits only, so no user text reaches Lucene's syntax.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates})
YIELD node, score
WHERE size($kinds) = 0 OR node.kind IN $kinds
RETURN node.id AS id, score
ORDER BY score DESC, size(node.name), node.id
LIMIT $first
