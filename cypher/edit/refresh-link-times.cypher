// Stores r.inForceFrom/r.dated (edit/_link-time) on the links written before they existed, so a
// database seeded by an older version answers time windows rightly; run at every start, a no-op
// once done.
MATCH ()-[r]->()
WHERE r.validFrom IS NOT NULL AND r.dated IS NULL
// @include edit/_link-time
RETURN count(*) AS written
