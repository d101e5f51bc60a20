// For the resolution benchmark: attacks linked to each of $ids (directly, OCCURRED_IN or
// PERPETRATED), and how many duplicate candidates are recorded.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n IS NOT NULL AS exists,
  COUNT { (n)<-[:OCCURRED_IN]-(:Attack) } + COUNT { (n)-[:PERPETRATED|CLAIMED|SUSPECTED_OF]->(:Attack) } AS attacks,
  COUNT { (d:DuplicateCandidate) } AS candidates
