// Takes a pending proposal out of the queue with the reviewer, time and reason; a proposal decided
// already is left as it is (the resolver refuses an accepted one).
MATCH (p:Proposal {id: $id})
WITH p, p.state = 'PENDING' AS pending
SET p.state = CASE WHEN pending THEN 'REJECTED' ELSE p.state END,
  p.decidedBy = CASE WHEN pending THEN $editor ELSE p.decidedBy END,
  p.decidedAt = CASE WHEN pending THEN $now ELSE p.decidedAt END,
  p.reason = CASE WHEN pending THEN $reason ELSE p.reason END
RETURN p {.*} AS proposal
