// One casualty report per (attack, source), kept side by side; the attack's maxKilled/maxWounded
// are refreshed from all its reports for the casualty filter.
UNWIND $reports AS report
MATCH (a:Attack {id: report.attack}), (s:Source {id: report.source})
MERGE (a)-[c:REPORTED_BY]->(s)
SET c.id = report.id, c.killed = report.killed, c.wounded = report.wounded,
  c.qualifier = report.qualifier, c.quote = report.quote
WITH DISTINCT a
CALL (a) {
  MATCH (a)-[c:REPORTED_BY]->(:Source)
  RETURN max(c.killed) AS maxKilled, max(c.wounded) AS maxWounded
}
SET a.maxKilled = maxKilled, a.maxWounded = maxWounded
RETURN count(*) AS written
