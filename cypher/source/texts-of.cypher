// The stored texts of sources, with the passages no quote may come from; text null for a source
// that has none (a URL only, or a seed loaded without its article).
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (t:SourceText {sha256: s.sha256})
RETURN id,
  CASE WHEN s.textLength IS NULL THEN null ELSE t.sha256 END AS sha256,
  CASE WHEN s.textLength IS NULL THEN null ELSE t.text END AS text,
  coalesce(t.excluded, []) AS excluded
