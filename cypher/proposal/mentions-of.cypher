// The stored mentions of the sources $ids (see store-analysis.cypher).
UNWIND $ids AS id
MATCH (m:SourceMentions {source: id})
RETURN m.source AS source, m.entityIds AS entityIds, m.texts AS texts, m.offsets AS offsets,
  m.kinds AS kinds, m.scores AS scores
