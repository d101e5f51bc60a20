// How many attacks pass the filter.
// @include attack/_candidates
WITH a
WHERE
  // @include attack/_filter
RETURN count(a) AS total
