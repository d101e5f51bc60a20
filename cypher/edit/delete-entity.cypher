// Removes an entity and its relationships (used by merges, after they were moved); a source takes
// its review queue and stored mentions with it, so no proposal is left citing a missing source.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (p:Proposal {source: $id})
OPTIONAL MATCH (m:SourceMentions {source: $id})
DETACH DELETE n, p, m
RETURN count(DISTINCT n) AS deleted
