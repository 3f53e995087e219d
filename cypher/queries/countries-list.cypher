// Every country (and the regional scope) with its number of visible actors (based in or operating in).
// Params: $canSeeSensitive. Returns rows: country, actorCount.
MATCH (c:Country)
RETURN c AS country,
       COUNT {
         MATCH (a:Actor)-[:BASED_IN|OPERATES_IN]->(c)
         WHERE $canSeeSensitive OR NOT a.sensitive
         RETURN DISTINCT a
       } AS actorCount
ORDER BY c.name
