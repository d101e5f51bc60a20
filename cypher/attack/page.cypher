// One page of attacks that pass the filter, newest first, after the keyset cursor
// ($afterDate, $afterId). Undated attacks sort last (dateStart '0000-01-01').
// @include attack/_candidates
WITH a
WHERE
  // @include attack/_filter
  AND ($afterId IS NULL OR a.dateStart < $afterDate OR (a.dateStart = $afterDate AND a.id < $afterId))
RETURN a.id AS id, a.dateStart AS dateStart
ORDER BY a.dateStart DESC, a.id DESC
LIMIT $limit
