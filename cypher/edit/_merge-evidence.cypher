// Appends to `target` (a node or relationship) the evidence triples of incomingSources[i] /
// incomingQuotes[i] / incomingOffsets[i] that it does not hold yet, so loading or adding the same
// evidence twice changes nothing. evidenceOffsets holds each quote's offset in its source's text,
// -1 when unverified; lists written before offsets were kept are padded with -1 first.
// evidenceCredibility holds each piece's credibility (1-6, 0 ungraded; padded with 0 likewise).
WITH *, [i IN range(0, size(incomingSources) - 1)
  WHERE NOT any(j IN range(0, size(coalesce(target.evidenceSources, [])) - 1)
    WHERE target.evidenceSources[j] = incomingSources[i] AND target.evidenceQuotes[j] = incomingQuotes[i])] AS fresh
SET target.evidenceOffsets = coalesce(target.evidenceOffsets, [s IN coalesce(target.evidenceSources, []) | -1])
    + [i IN fresh | coalesce(incomingOffsets[i], -1)],
  target.evidenceCredibility = coalesce(target.evidenceCredibility, [s IN coalesce(target.evidenceSources, []) | 0])
    + [i IN fresh | coalesce(incomingCredibility[i], 0)],
  target.evidenceSources = coalesce(target.evidenceSources, []) + [i IN fresh | incomingSources[i]],
  target.evidenceQuotes = coalesce(target.evidenceQuotes, []) + [i IN fresh | incomingQuotes[i]]
// @include edit/_evidence-reliability
