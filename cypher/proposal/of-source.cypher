// The proposals of one source, optionally in one state, best first.
MATCH (p:Proposal {source: $source})
WHERE $state IS NULL OR p.state = $state
RETURN p {.*} AS proposal
ORDER BY p.rank, p.id
