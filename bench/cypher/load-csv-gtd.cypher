// The benchmark's baseline (bench/scale/import-rate.ts): Neo4j's own LOAD CSV building the same shape of
// graph as `npm run import -- gtd` from a file in the instance's import/ folder — the attack, its
// state, province and city, perpetrator groups, links with evidence, the casualty report and
// related attacks already present — in batches of $batchSize rows. It does not resolve names
// through aliases or merge evidence, so it is an upper bound for the same work. Runs only in an
// auto-commit transaction (CALL … IN TRANSACTIONS), so it is sent through the raw driver.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  WITH row, 'gtd-' + row.eventid AS attackId, toLower(replace(trim(row.country_txt), ' ', '-')) AS stateId,
    'eventid=' + row.eventid + '; country_txt=' + row.country_txt + '; provstate=' + coalesce(row.provstate, '') +
      '; city=' + coalesce(row.city, '') AS where,
    toInteger(row.imonth) AS month, toInteger(row.iday) AS day
  WITH *, row.iyear + CASE WHEN month > 0 THEN '-' + right('0' + toString(month), 2) +
      CASE WHEN day > 0 THEN '-' + right('0' + toString(day), 2) ELSE '' END ELSE '' END AS date
  MERGE (a:Entity {id: attackId})
  ON CREATE SET a.createdBy = $editor, a.createdAt = $now
  SET a:Attack, a.kind = 'Attack', a.name = coalesce(row.attacktype1_txt, 'Attack') + ' in ' +
      coalesce(row.city, row.provstate, row.country_txt) + ', ' + date,
    a.aliases = ['GTD ' + row.eventid], a.aliasText = 'GTD ' + row.eventid, a.searchKeys = attackId + ' gtd' + row.eventid,
    a.description = row.summary, a.date = date, a.dateStart = date, a.dateEnd = date,
    a.dateApprox = row.approxdate IS NOT NULL, a.attackType = row.attacktype1_txt, a.targetType = row.targtype1_txt,
    a.target = row.target1, a.weaponType = row.weaptype1_txt, a.latitude = toFloat(row.latitude),
    a.longitude = toFloat(row.longitude), a.citations = [c IN [row.scite1, row.scite2, row.scite3] WHERE c IS NOT NULL],
    a.evidenceSources = ['src-gtd'], a.evidenceQuotes = [where]
  MERGE (s:Entity {id: stateId})
  ON CREATE SET s:State, s.kind = 'State', s.name = row.country_txt, s.searchKeys = stateId, s.createdBy = $editor
  WITH *
  CALL (row, a, s, stateId, where) {
    WITH row, a, s, stateId + '-' + toLower(replace(coalesce(row.provstate, 'unknown'), ' ', '-')) AS provinceId, where
    MERGE (p:Entity {id: provinceId})
    ON CREATE SET p:Place, p.kind = 'Place', p.placeType = 'province', p.name = row.provstate, p.createdBy = $editor
    MERGE (p)-[i:IN {id: provinceId + '~IN~' + s.id}]->(s)
    ON CREATE SET i.evidenceSources = ['src-gtd'], i.evidenceQuotes = [where], i.createdBy = $editor
    WITH row, a, p, provinceId + '-' + toLower(replace(coalesce(row.city, 'unknown'), ' ', '-')) AS cityId, where
    MERGE (c:Entity {id: cityId})
    ON CREATE SET c:Place, c.kind = 'Place', c.placeType = 'city', c.name = row.city, c.createdBy = $editor
    MERGE (c)-[i:IN {id: cityId + '~IN~' + p.id}]->(p)
    ON CREATE SET i.evidenceSources = ['src-gtd'], i.evidenceQuotes = [where], i.createdBy = $editor
    MERGE (a)-[o:OCCURRED_IN {id: a.id + '~OCCURRED_IN~' + c.id}]->(c)
    SET o.evidenceSources = ['src-gtd'], o.evidenceQuotes = [where], o.createdBy = $editor
  }
  CALL (row, a) {
    UNWIND [[row.gname, row.claimed, row.guncertain1], [row.gname2, row.claim2, row.guncertain2],
      [row.gname3, row.claim3, row.guncertain3]] AS perpetrator
    WITH a, perpetrator, row
    WHERE perpetrator[0] IS NOT NULL AND perpetrator[0] <> 'Unknown'
    WITH a, perpetrator, row, toLower(replace(perpetrator[0], ' ', '-')) AS groupId,
      CASE WHEN perpetrator[1] = '1' THEN 'CLAIMED' WHEN perpetrator[2] = '1' THEN 'SUSPECTED_OF' ELSE 'PERPETRATED' END AS type
    MERGE (g:Entity {id: groupId})
    ON CREATE SET g:Group, g.kind = 'Group', g.name = perpetrator[0], g.searchKeys = groupId, g.createdBy = $editor
    MERGE (g)-[r:$(type) {id: groupId + '~' + type + '~' + a.id}]->(a)
    SET r.evidenceSources = ['src-gtd'], r.evidenceQuotes = ['eventid=' + row.eventid + '; gname=' + perpetrator[0]],
      r.createdBy = $editor, r.validFrom = '0000-01-01', r.validTo = '9999-12-31'
  }
  CALL (row, a) {
    WITH a, row WHERE row.nkill IS NOT NULL OR row.nwound IS NOT NULL
    MATCH (src:Source {id: 'src-gtd'})
    MERGE (a)-[c:REPORTED_BY]->(src)
    SET c.killed = toInteger(toFloat(row.nkill)), c.wounded = toInteger(toFloat(row.nwound)),
      c.quote = 'eventid=' + row.eventid + '; nkill=' + coalesce(row.nkill, '') + '; nwound=' + coalesce(row.nwound, ''),
      a.maxKilled = toInteger(toFloat(row.nkill)), a.maxWounded = toInteger(toFloat(row.nwound))
  }
  CALL (row, a) {
    UNWIND [x IN split(coalesce(row.related, ''), ',') WHERE trim(x) <> '' AND 'gtd-' + trim(x) <> a.id] AS other
    MATCH (b:Attack {id: 'gtd-' + trim(other)})
    MERGE (a)-[r:RELATED_TO]-(b)
    ON CREATE SET r.evidenceSources = ['src-gtd'], r.evidenceQuotes = ['eventid=' + row.eventid + '; related=' + row.related]
  }
} IN TRANSACTIONS OF $batchSize ROWS
