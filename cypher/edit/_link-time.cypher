// Stores when the link `r` is in force, by docs/data-model.md "Time": r.inForceFrom is the later of
// its own start (validFrom, from since) and the date of an attack at either end; r.dated is false
// for an undated link (no since, no until, no dated attack end). Written with the link, again for
// every link of an attack whose date is written, and at start-up for links stored before.
SET r.inForceFrom = reduce(start = r.validFrom, x IN [startNode(r), endNode(r)] |
    CASE WHEN x:Attack AND x.datePrecision IS NOT NULL AND x.dateStart > start THEN x.dateStart
    ELSE start END),
  r.dated = r.since IS NOT NULL OR r.until IS NOT NULL
    OR any(x IN [startNode(r), endNode(r)] WHERE x:Attack AND x.datePrecision IS NOT NULL)
