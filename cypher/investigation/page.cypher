// A page of investigations, newest first; ties on createdAt are broken by id. The cursor is the
// (createdAt, id) of the last row of the previous page, or nulls for the first page.
MATCH (i:Investigation)
WHERE i.createdAt IS NOT NULL AND i.name IS NOT NULL
  AND ($afterCreatedAt IS NULL OR i.createdAt < $afterCreatedAt
    OR (i.createdAt = $afterCreatedAt AND i.id < $afterId))
WITH i
ORDER BY i.createdAt DESC, i.id DESC
LIMIT $limit
RETURN
// @include investigation/_projection
AS investigation
