// How many attacks pass the filter.
MATCH (a:Attack)
WHERE
  // @include attack/_filter
RETURN count(a) AS total
