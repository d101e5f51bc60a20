// Proposals (relations read from a source by the analysis of addSource) and the stored mentions
// of a source are review material, not part of the graph: their own labels, never :Entity, so
// counts, search and traversals never see them until a proposal is accepted.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT source_mentions_source IF NOT EXISTS FOR (m:SourceMentions) REQUIRE m.source IS UNIQUE;
// The review queue pages by state, best first (see proposal/page.cypher).
CREATE RANGE INDEX proposal_queue IF NOT EXISTS FOR (p:Proposal) ON (p.state, p.rank, p.id);
CREATE RANGE INDEX proposal_source IF NOT EXISTS FOR (p:Proposal) ON (p.source);
