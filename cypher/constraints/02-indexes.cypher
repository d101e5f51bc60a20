// Search over names and aliases. `searchKeys` holds each name and alias lower-cased, without
// diacritics, hyphens or spaces ("IS-K" -> "isk"), so "ISKP", "is k" and "IS-K" meet; `variantKeys`
// holds their transliteration-variant keys (domain/names.ts), so "Khurasan" meets "Khorasan"; the
// standard-folding analyzer handles word-level matches and diacritics in `name` and `aliasText`.
// The index covers every :Entity, so a new kind is searchable without a new index. It replaces
// entity_search (per-kind labels, no variantKeys), which IF NOT EXISTS would have kept as it was.
DROP INDEX entity_search IF EXISTS;
CREATE FULLTEXT INDEX entity_name_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText, n.searchKeys, n.variantKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// Attack filters: by date window (ISO strings sort as dates) and by casualty threshold.
CREATE RANGE INDEX attack_date IF NOT EXISTS FOR (a:Attack) ON (a.dateStart);
CREATE RANGE INDEX attack_killed IF NOT EXISTS FOR (a:Attack) ON (a.maxKilled);
CREATE RANGE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
// addSource finds the source that already has a text by the text's hash.
CREATE RANGE INDEX source_sha256 IF NOT EXISTS FOR (s:Source) ON (s.sha256);
// The duplicate candidates of one entity (duplicateCandidates(entity), merges moving them).
CREATE RANGE INDEX duplicate_candidate_first IF NOT EXISTS FOR (d:DuplicateCandidate) ON (d.first);
CREATE RANGE INDEX duplicate_candidate_second IF NOT EXISTS FOR (d:DuplicateCandidate) ON (d.second);
