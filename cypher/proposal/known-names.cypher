// Every entity but sources with every spelling of its name (name first), for the mention index
// of the analysis of a source text (domain/mention-index.ts).
MATCH (n:Entity)
WHERE NOT n:Source
RETURN n.id AS id, n.kind AS kind, [n.name] + coalesce(n.aliases, []) AS spellings
