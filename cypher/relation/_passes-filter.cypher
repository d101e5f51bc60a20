// The trace filter on a relationship `r`: its type is one of $types, its status is not excluded,
// and, when a time window is given ($timed), it is in force at some time in the window
// [$windowStart, $windowEnd] (docs/data-model.md, "Time"): from r.inForceFrom (its since, or an
// attack's date at either end, whichever is later) to its until, open ends open. Undated links
// (r.dated false) pass a window only with $includeUndated. Only r's own properties are read, so
// the path searches can check it as they expand.
type(r) IN $types
AND NOT coalesce(r.status, '') IN $excludeStatuses
AND (NOT $timed OR (
  r.inForceFrom <= $windowEnd AND r.validTo >= $windowStart AND r.inForceFrom <= r.validTo
  AND (r.dated OR $includeUndated)
))
// With a grade filter ($graded), at least one piece of evidence meets both grades.
AND (NOT $graded OR any(graded IN [r] WHERE
  // @include evidence/_meets-grades
))
