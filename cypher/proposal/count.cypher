// How many proposals are in $state (of $source when given).
MATCH (p:Proposal)
WHERE p.state = $state AND ($source IS NULL OR p.source = $source)
RETURN count(p) AS total
