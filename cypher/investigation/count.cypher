// How many investigations are saved.
MATCH (i:Investigation)
WHERE i.name IS NOT NULL
RETURN count(i) AS total
