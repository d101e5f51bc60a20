// The trace filter on a relationship `r`: its type is one of $types, its status is not excluded,
// and, when a time window is given ($timed), it is in force at some time in the window
// [$windowStart, $windowEnd]. In force (docs/data-model.md, "Time"): from its own since to its own
// until (open ends open), and never before the date of an attack at either end (an attack exists
// from its date). Undated (no since, no until, no dated attack at an end) passes a window only
// with $includeUndated. Computed here rather than stored, so an attack's new date, a merge or an
// import needs no second write to keep its links right.
type(r) IN $types
AND NOT coalesce(r.status, '') IN $excludeStatuses
AND (NOT $timed OR (
  r.validFrom <= $windowEnd AND r.validTo >= $windowStart
  AND all(n IN [startNode(r), endNode(r)] WHERE NOT n:Attack
    OR (coalesce(n.dateStart, '') <= $windowEnd AND coalesce(n.dateStart, '') <= r.validTo))
  AND ($includeUndated OR r.since IS NOT NULL OR r.until IS NOT NULL
    OR any(n IN [startNode(r), endNode(r)] WHERE n:Attack AND n.datePrecision IS NOT NULL))
))
