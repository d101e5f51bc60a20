// A curator reviewed the pair and keeps both: the candidate leaves the list, and stays recorded so
// a later import does not propose the pair again (record-candidates creates only new ids).
MATCH (d:DuplicateCandidate {id: $id})
SET d.dismissedBy = coalesce(d.dismissedBy, $editor), d.dismissedAt = coalesce(d.dismissedAt, $now)
RETURN d.id AS id
