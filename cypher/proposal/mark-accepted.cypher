// Marks a proposal accepted as the relation $relationId; the first acceptance's reviewer and time
// are kept, so accepting again changes nothing. Also writes the casualty report it carries
// ($report, or null): one per (attack, source), beside the reports of other sources.
MATCH (p:Proposal {id: $id})
SET p.state = 'ACCEPTED', p.relationId = $relationId,
  p.decidedBy = coalesce(p.decidedBy, $editor), p.decidedAt = coalesce(p.decidedAt, $now)
WITH p
CALL (p) {
  UNWIND CASE WHEN $report IS NULL THEN [] ELSE [$report] END AS report
  MATCH (a:Attack {id: report.attack}), (s:Source {id: report.source})
  MERGE (a)-[c:REPORTED_BY]->(s)
  ON CREATE SET c.id = report.id, c.killed = report.killed, c.wounded = report.wounded,
    c.qualifier = report.qualifier, c.quote = report.quote
  WITH DISTINCT a
  MATCH (a)-[c:REPORTED_BY]->(:Source)
  WITH a, max(c.killed) AS maxKilled, max(c.wounded) AS maxWounded
  SET a.maxKilled = maxKilled, a.maxWounded = maxWounded
  RETURN count(*) AS reports
}
RETURN p {.*} AS proposal
