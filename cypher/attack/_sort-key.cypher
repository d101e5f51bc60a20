// The sort key of `a` for $sortField, as `key`. Unknown dates and figures take $unknownText or
// $unknownNumber, which the caller picks so that they sort last in its direction.
WITH a, CASE $sortField
    WHEN 'NAME' THEN toLower(a.name)
    WHEN 'DATE' THEN CASE WHEN a.datePrecision IS NULL THEN $unknownText ELSE a.dateStart END
    WHEN 'KILLED' THEN coalesce(a.maxKilled, $unknownNumber)
    ELSE coalesce(a.maxWounded, $unknownNumber)
  END AS key
