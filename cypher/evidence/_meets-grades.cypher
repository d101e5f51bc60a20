// Whether the node or relationship `graded` holds at least one piece of evidence whose source's
// reliability is in $reliabilities and whose credibility is in $credibilities (both from
// server/src/domain/grades.ts). evidenceReliability mirrors each cited source's grade (kept in
// step by edit/_evidence-reliability), so only `graded`'s own properties are read. Ungraded
// evidence is stored as '' / 0; missing lists (data written before grading) count as ungraded.
any(i IN range(0, size(coalesce(graded.evidenceSources, [])) - 1)
  WHERE coalesce(graded.evidenceReliability[i], '') IN $reliabilities
  AND coalesce(graded.evidenceCredibility[i], 0) IN $credibilities)
