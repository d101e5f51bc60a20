// Removes the proposals and stored mentions of the sources $sources (tests clean up with it).
UNWIND $sources AS source
OPTIONAL MATCH (p:Proposal {source: source})
OPTIONAL MATCH (m:SourceMentions {source: source})
DETACH DELETE p, m
RETURN count(*) AS deleted
