// True when the database holds no entity yet (npm start then loads the seeds).
RETURN NOT EXISTS { MATCH (:Entity) } AS empty
