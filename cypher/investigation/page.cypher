// A page of investigations, newest first; ties on createdAt are broken by id. The cursor is the
// (createdAt, id) of the last row of the previous page, or nulls for the first page. Without the
// view (up to 128 KiB each): a list rarely shows it, and Investigation.state reads it when asked.
MATCH (i:Investigation)
WHERE i.createdAt IS NOT NULL AND i.name IS NOT NULL
  AND ($afterCreatedAt IS NULL OR i.createdAt < $afterCreatedAt
    OR (i.createdAt = $afterCreatedAt AND i.id < $afterId))
WITH i
ORDER BY i.createdAt DESC, i.id DESC
LIMIT $limit
RETURN {
  id: i.id, name: i.name, notes: i.notes, version: i.version,
  createdAt: i.createdAt, createdBy: i.createdBy, updatedAt: i.updatedAt, updatedBy: i.updatedBy
} AS investigation
