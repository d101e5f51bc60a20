// Every node of the graph is an :Entity with one kind label. Ids are unique across all kinds, so a
// relationship's endpoints are found by id alone; the per-kind constraints make kind-anchored
// matches such as (g:Group {id: $id}) index-backed too.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attack_id IF NOT EXISTS FOR (n:Attack) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT community_id IF NOT EXISTS FOR (n:Community) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
// A source text is stored once: concurrent additions of the same text meet on this constraint
// (see source/claim-text.cypher).
CREATE CONSTRAINT source_text_sha256 IF NOT EXISTS FOR (t:SourceText) REQUIRE t.sha256 IS UNIQUE;
// One node per MinHash LSH band value (see source/index-bands.cypher).
CREATE CONSTRAINT text_band_key IF NOT EXISTS FOR (b:TextBand) REQUIRE b.key IS UNIQUE;
// One DuplicateCandidate per pair of entities (see import/record-candidates.cypher).
CREATE CONSTRAINT duplicate_candidate_id IF NOT EXISTS FOR (d:DuplicateCandidate) REQUIRE d.id IS UNIQUE;
