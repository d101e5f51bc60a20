// A page of duplicate candidates whose two entities both still exist, by id after $after.
MATCH (d:DuplicateCandidate)
WHERE ($kind IS NULL OR d.kind = $kind) AND ($after IS NULL OR d.id > $after)
  AND EXISTS { MATCH (:Entity {id: d.first}) } AND EXISTS { MATCH (:Entity {id: d.second}) }
RETURN d.id AS id, d.kind AS kind, d.first AS first, d.second AS second, d.score AS score,
  d.reason AS reason
ORDER BY d.id
LIMIT $limit
