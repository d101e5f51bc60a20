// Rewrites target.evidenceReliability: per piece of evidence, the reliability of the source it
// cites ('' when ungraded), so the grade filters read the link's own properties only
// (evidence/_meets-grades). Run whenever evidence is added, a source is graded or renamed.
SET target.evidenceReliability = [s IN coalesce(target.evidenceSources, []) |
  coalesce(head(COLLECT { MATCH (src:Entity {id: s}) RETURN coalesce(src.reliability, '') }), '')]
