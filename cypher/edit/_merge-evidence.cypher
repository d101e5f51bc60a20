// Appends to `target` (a node or relationship) the evidence pairs of incomingSources[i] /
// incomingQuotes[i] that it does not hold yet, so loading or adding the same evidence twice
// changes nothing.
WITH *, [i IN range(0, size(incomingSources) - 1)
  WHERE NOT any(j IN range(0, size(coalesce(target.evidenceSources, [])) - 1)
    WHERE target.evidenceSources[j] = incomingSources[i] AND target.evidenceQuotes[j] = incomingQuotes[i])] AS fresh
SET target.evidenceSources = coalesce(target.evidenceSources, []) + [i IN fresh | incomingSources[i]],
  target.evidenceQuotes = coalesce(target.evidenceQuotes, []) + [i IN fresh | incomingQuotes[i]]
