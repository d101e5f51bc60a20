// What choosing a page strategy needs: attack links of the filter's groups (relationship
// degrees, read without touching the attacks) and all attacks (from the count store).
CALL () {
  UNWIND $groupIds AS groupId
  MATCH (g:Entity {id: groupId})
  RETURN sum(COUNT { (g)-[:CLAIMED|SUSPECTED_OF|PERPETRATED]->() }) AS linked
}
CALL () {
  MATCH (a:Attack)
  RETURN count(a) AS attacks
}
RETURN linked, attacks
