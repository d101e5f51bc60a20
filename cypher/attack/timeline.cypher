// Attacks and casualties per month per attributed group or person, for attacks that pass the
// filter. Killed/wounded use each attack's highest report, so disagreeing sources are not summed.
// An attack known only to the year is bucketed under "YYYY".
// @include attack/_candidates
WITH a
WHERE a.datePrecision IS NOT NULL
  AND
  // @include attack/_filter
MATCH (g:Entity)-[p:CLAIMED|SUSPECTED_OF|PERPETRATED]->(a)
WHERE (size($groupIds) = 0 OR g.id IN $groupIds) AND (size($statuses) = 0 OR p.status IN $statuses)
WITH g, a, CASE a.datePrecision WHEN 'year' THEN left(a.dateStart, 4) ELSE left(a.dateStart, 7) END AS month
WITH g, month, collect(DISTINCT a) AS attacks
RETURN month, g.id AS groupId, size(attacks) AS attacks,
  reduce(total = 0, x IN attacks | total + coalesce(x.maxKilled, 0)) AS killed,
  reduce(total = 0, x IN attacks | total + coalesce(x.maxWounded, 0)) AS wounded
ORDER BY month, groupId
