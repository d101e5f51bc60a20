// The attack filter on `a` (see AttackFilter in the SDL). Dates are ISO strings; $from is the
// first day of the window and $to its last, so a partial date such as 2024-01 overlaps correctly.
// $geoBox/$geoNear: see attack-geo.ts (a box with west > east spans the antimeridian, as
// point.withinBBox reads it); an attack without a location is outside every box and circle.
// With asOf/between, $existsBy is the window's last day: an attack exists from its date, so it is in
// the view when dated on or before then; an undated one only with $includeUndated.
($from IS NULL OR a.dateEnd >= $from)
AND ($existsBy IS NULL OR CASE WHEN a.datePrecision IS NULL THEN $includeUndated
  ELSE a.dateStart <= $existsBy END)
AND ($to IS NULL OR a.dateStart <= $to)
AND ($minKilled IS NULL OR a.maxKilled >= $minKilled)
AND (NOT $graded OR any(graded IN [a] WHERE
  // @include evidence/_meets-grades
))
AND (size($groupIds) = 0 OR EXISTS {
  MATCH (g:Entity)-[p:CLAIMED|SUSPECTED_OF|PERPETRATED]->(a)
  WHERE g.id IN $groupIds AND (size($statuses) = 0 OR p.status IN $statuses)
})
AND (size($stateIds) = 0 OR EXISTS {
  MATCH (a)-[:OCCURRED_IN]->()-[:IN*0..4]->(s:Entity) WHERE s.id IN $stateIds
})
AND (size($placeIds) = 0 OR EXISTS {
  MATCH (a)-[:OCCURRED_IN]->()-[:IN*0..4]->(s:Entity) WHERE s.id IN $placeIds
})
AND (size($targetIds) = 0 OR EXISTS {
  MATCH (a)-[:TARGETED]->(t:Entity) WHERE t.id IN $targetIds
})
AND (size($attackTypes) = 0 OR toLower(trim(a.attackType)) IN $attackTypes)
AND ($geoBox IS NULL OR point.withinBBox(a.location,
  point({latitude: $geoBox.south, longitude: $geoBox.west}),
  point({latitude: $geoBox.north, longitude: $geoBox.east})))
AND ($geoNear IS NULL OR point.distance(a.location,
  point({latitude: $geoNear.latitude, longitude: $geoNear.longitude})) <= $geoNear.meters)
