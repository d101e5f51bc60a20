// Search over names and aliases. `searchKeys` holds each name and alias lower-cased, without
// diacritics, hyphens or spaces ("IS-K" -> "isk"), so "ISKP", "is k" and "IS-K" meet; the
// standard-folding analyzer handles word-level matches and diacritics in `name` and `aliasText`.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Group|Person|Attack|State|Place|Organization|Source) ON EACH [n.name, n.aliasText, n.searchKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// Attack filters: by date window (ISO strings sort as dates) and by casualty threshold.
CREATE RANGE INDEX attack_date IF NOT EXISTS FOR (a:Attack) ON (a.dateStart);
CREATE RANGE INDEX attack_killed IF NOT EXISTS FOR (a:Attack) ON (a.maxKilled);
CREATE RANGE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
// addSource finds the source that already has a text by the text's hash.
CREATE RANGE INDEX source_sha256 IF NOT EXISTS FOR (s:Source) ON (s.sha256);
