// A merge settles the duplicate candidates of $mergeId: the pair of the two goes, and a pair of
// $mergeId with another entity becomes the pair of $keepId with it (unless recorded already),
// keeping its score, reason and dismissal.
MATCH (d:DuplicateCandidate)
WHERE d.first = $mergeId OR d.second = $mergeId
WITH d, CASE WHEN d.first = $mergeId THEN d.second ELSE d.first END AS other
CALL (d, other) {
  WITH d, other
  WHERE other <> $keepId
  WITH d, CASE WHEN $keepId < other THEN [$keepId, other] ELSE [other, $keepId] END AS pair
  MERGE (n:DuplicateCandidate {id: pair[0] + '|' + pair[1]})
  ON CREATE SET n += d {.kind, .score, .reason, .createdBy, .createdAt, .dismissedBy, .dismissedAt},
    n.first = pair[0], n.second = pair[1]
}
DETACH DELETE d
RETURN count(*) AS settled
