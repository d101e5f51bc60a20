// What an Attack shows besides its own properties, for a batch of attacks: who is linked to it
// as perpetrator, every source's casualty figures, and where it happened.
UNWIND $ids AS id
MATCH (a:Attack {id: id})
RETURN id,
  [(g:Entity)-[r:CLAIMED|SUSPECTED_OF|PERPETRATED]->(a) |
    r {.*, type: type(r), from: g.id, to: a.id}] AS perpetrators,
  [(a)-[c:REPORTED_BY]->(s:Source) |
    {sourceId: s.id, killed: c.killed, wounded: c.wounded, qualifier: c.qualifier, quote: c.quote}] AS casualtyReports,
  head([(a)-[:OCCURRED_IN]->(p:Place) | p.id]) AS placeId,
  head([(a)-[:OCCURRED_IN]->()-[:IN*0..4]->(s:State) | s.id]) AS stateId
