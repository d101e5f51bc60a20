// Full-text search over names and aliases, best match first, returning whole entities (one round
// trip). $query is built by server/src/domain/search-query.ts from letters and digits only, so no
// user text reaches Lucene's syntax. Lucene's score alone lets a short prefix match beat the
// intended name, so matches rank in tiers first: a name or alias that is the query ($key, or its
// transliteration variant $variant), then one that starts with the whole query, then word matches;
// within a tier curated entities come before imported ones, then by score.
CALL db.index.fulltext.queryNodes('entity_name_search', $query, {limit: $candidates})
YIELD node AS n, score
WHERE size($kinds) = 0 OR n.kind IN $kinds
WITH n, score, split(coalesce(n.searchKeys, ''), ' ') AS keys
WITH n, score,
  CASE
    WHEN $key IN keys OR ($variant IS NOT NULL AND $variant IN split(coalesce(n.variantKeys, ''), ' ')) THEN 0
    WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 1
    ELSE 2
  END AS tier
ORDER BY tier, coalesce(n.createdBy, '') STARTS WITH 'import:', score DESC, size(n.name), n.id
LIMIT $first
RETURN
  // @include entity/_projection
