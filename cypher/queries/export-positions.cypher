// Streams the dated positions of the interests a data export holds (the CSV export's positions.csv), one row per
// position, oldest first within each interest: the interests export-edges gives the same caller, those with a history.
// Params: $canSeeSensitive (boolean), $actorIds ([id] or null: the whole database).
// Returns: actor, theme, position, from (ISO date), source, confidence.
MATCH (a:Actor)-[r:INTERESTED_IN]->(t:Theme)
WHERE ($canSeeSensitive OR (NOT coalesce(a.sensitive, false) AND NOT coalesce(r.sensitive, false)))
  AND ($actorIds IS NULL OR a.id IN $actorIds) AND r.historyPositions IS NOT NULL
WITH a, r, t ORDER BY a.id, t.id
UNWIND range(0, size(r.historyPositions) - 1) AS k
RETURN a.id AS actor, t.id AS theme, r.historyPositions[k] AS position, toString(r.historyFrom[k]) AS from,
       r.historySources[k] AS source, r.historyConfidences[k] AS confidence
