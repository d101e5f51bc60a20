// Saved investigations are views of the graph, not part of it: their own label, never :Entity, so
// counts, search and traversals (which all start from :Entity) never see them.
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (i:Investigation) REQUIRE i.id IS UNIQUE;
// The list of investigations pages newest first (see investigation/page.cypher).
CREATE RANGE INDEX investigation_created IF NOT EXISTS FOR (i:Investigation) ON (i.createdAt);
