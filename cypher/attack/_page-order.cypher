// Shared tail of the two page queries: after the keyset cursor ($afterDate, $afterId), newest
// first, as `n`. Undated attacks sort last (dateStart '0000-01-01').
  AND ($afterId IS NULL OR a.dateStart < $afterDate OR (a.dateStart = $afterDate AND a.id < $afterId))
WITH a AS n
ORDER BY n.dateStart DESC, n.id DESC
LIMIT $limit
