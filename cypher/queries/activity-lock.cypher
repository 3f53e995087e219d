// Takes the write lock on an activity before a change, so concurrent changes are serialised and the second sees the
// first one's version. Params: $id. Returns version, activity (its properties) and country (code, or null); no row
// when absent.
MATCH (x:Activity {id: $id})
SET x._lock = true
REMOVE x._lock
RETURN coalesce(x.version, 1) AS version, x AS activity,
       COLLECT { MATCH (x)-[:HELD_IN]->(k:Country) RETURN k.id ORDER BY k.id }[0] AS country
