// The trace filter on a relationship `r`: its type is one of $types, its status is not excluded,
// and its validity overlaps the window [$windowStart, $windowEnd] (relationships without dates
// are stored as valid 0000-01-01..9999-12-31, so they always pass).
type(r) IN $types
AND NOT coalesce(r.status, '') IN $excludeStatuses
AND r.validFrom <= $windowEnd AND r.validTo >= $windowStart
