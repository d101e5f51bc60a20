// Proposals by id.
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
RETURN p {.*} AS proposal
