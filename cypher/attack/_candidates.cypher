// The attacks a filtered query starts from, as `a`: with $groupIds, only the attacks linked to
// those groups (found from the groups, not by scanning every attack); without, every attack.
CALL () {
  UNWIND $groupIds AS groupId
  MATCH (:Entity {id: groupId})-[p:CLAIMED|SUSPECTED_OF|PERPETRATED]->(a:Attack)
  WHERE size($statuses) = 0 OR p.status IN $statuses
  RETURN DISTINCT a
  UNION
  WITH 1 AS everyAttack WHERE size($groupIds) = 0
  MATCH (a:Attack)
  RETURN a
}
