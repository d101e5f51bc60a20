// One step of a trace's quantified path pattern: a link that passes the filter to an entity that
// is the target ($to) or passes the hub control. Both are checked inside the pattern, so they
// steer the search rather than filter its result.
(()-[r WHERE
  // @include relation/_passes-filter
]-(x:Entity WHERE x.id = $to OR (
  // @include path/_passes-node
)))
