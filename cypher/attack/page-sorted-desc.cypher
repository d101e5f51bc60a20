// One page of attacks (whole entities) that pass the filter, in descending order of $sortField
// (ties by id), after the keyset cursor ($afterKey, $afterId). Reads every matching attack: only
// non-default orders come here (newest first has the index walk of page-by-date).
// @include attack/_candidates
WITH a
WHERE
  // @include attack/_filter
// @include attack/_sort-key
WHERE $afterId IS NULL OR key < $afterKey OR (key = $afterKey AND a.id < $afterId)
WITH a AS n, key
ORDER BY key DESC, n.id DESC
LIMIT $limit
RETURN key,
  // @include entity/_projection
