// One page of the review queue: proposals in $state (of $source when given), best first, after
// the keyset cursor ($afterRank, $afterId); one row more than asked tells whether a page follows.
MATCH (p:Proposal)
WHERE p.state = $state AND ($source IS NULL OR p.source = $source)
  AND ($afterRank IS NULL OR p.rank > $afterRank OR (p.rank = $afterRank AND p.id > $afterId))
RETURN p {.*} AS proposal
ORDER BY p.rank, p.id
LIMIT $limit
