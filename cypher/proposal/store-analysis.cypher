// Stores the analysis of a source: its mentions (replacing those of an earlier analysis) and its
// proposals. A proposal read again keeps its state, so a decision is never undone by re-adding;
// both record the editor whose addSource first read them.
MERGE (m:SourceMentions {source: $source})
ON CREATE SET m.createdBy = $editor
SET m.entityIds = $mentions.entityIds, m.texts = $mentions.texts, m.offsets = $mentions.offsets,
  m.kinds = $mentions.kinds, m.scores = $mentions.scores, m.analysedAt = $now
WITH m
UNWIND $proposals AS proposal
MERGE (p:Proposal {id: proposal.id})
ON CREATE SET p += proposal, p.state = 'PENDING', p.createdBy = $editor, p.createdAt = $now
RETURN count(p) AS stored
