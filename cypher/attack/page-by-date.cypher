// One page of attacks (whole entities) that pass the filter, walking the attack_date index from
// $upper (the window's end or the cursor's date, whichever is earlier) down, stopping at $limit.
// Cheap when matching attacks are common; see page-from-groups for rare groups.
MATCH (a:Attack)
WHERE a.dateStart <= $upper
  AND
  // @include attack/_filter
  // @include attack/_page-order
RETURN n.dateStart AS dateStart,
  // @include entity/_projection
