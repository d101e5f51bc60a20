// For each attack a text reports ($clues): the attack of the graph it names, else one that took
// place in (a place within) a place it names, dated from $clue.from to $clue.to (a day or two
// around the date the text gives); the nearest in date first. Null when none.
UNWIND $clues AS clue
CALL (clue) {
  OPTIONAL MATCH (named:Attack)
  WHERE named.id IN clue.named
  OPTIONAL MATCH (a:Attack)-[:OCCURRED_IN]->(:Entity)-[:IN*0..3]->(p:Entity)
  WHERE named IS NULL AND clue.from IS NOT NULL AND a.dateStart >= clue.from
    AND a.dateStart <= clue.to AND p.id IN clue.places
  WITH coalesce(named, a) AS attack, clue
  WHERE attack IS NOT NULL
  RETURN attack
  ORDER BY CASE WHEN attack.dateStart = clue.date THEN 0 ELSE 1 END, attack.id
  LIMIT 1
}
RETURN clue.index AS index, attack.id AS id, attack.name AS name
