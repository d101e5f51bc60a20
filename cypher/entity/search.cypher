// Full-text search over names and aliases, best match first, returning whole entities (one round
// trip). $query is built by server/src/domain/search-query.ts from letters and digits only, so no
// user text reaches Lucene's syntax.
CALL db.index.fulltext.queryNodes('entity_name_search', $query, {limit: $candidates})
YIELD node AS n, score
WHERE size($kinds) = 0 OR n.kind IN $kinds
WITH n, score
ORDER BY score DESC, size(n.name), n.id
LIMIT $first
RETURN
  // @include entity/_projection
