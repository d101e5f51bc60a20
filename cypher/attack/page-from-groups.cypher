// One page of attacks (whole entities) that pass the filter, starting from the attacks linked to
// $groupIds and sorting them. Cheap when those groups have few attacks; see page-by-date for busy ones.
// @include attack/_candidates
WITH a
WHERE
  // @include attack/_filter
  // @include attack/_page-order
RETURN n.dateStart AS dateStart,
  // @include entity/_projection
