// Records pairs of entities that may be one (an import met a name close to an existing one), once
// per pair: the id is "<first>|<second>" with the ids sorted, and a unique constraint backs it.
UNWIND $candidates AS c
MERGE (d:DuplicateCandidate {id: c.id})
ON CREATE SET d.kind = c.kind, d.first = c.first, d.second = c.second, d.score = c.score,
  d.reason = c.reason, d.createdBy = $editor, d.createdAt = $now
RETURN count(*) AS written
