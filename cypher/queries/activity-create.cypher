// Creates an activity where it is held, with its themes (references checked beforehand with activity-check). A
// duplicate id fails on the uniqueness constraint (CONFLICT).
// Params: $activity {id, name, type, status, description, outcomes}, $date, $endDate (YYYY-MM-DD; $endDate null for
// a one-day activity), $country, $themes [id], $now. Returns: id.
CREATE (x:Activity)
SET x = $activity, x.date = date($date), x.endDate = CASE WHEN $endDate IS NULL THEN null ELSE date($endDate) END,
    x.createdAt = datetime($now), x.updatedAt = datetime($now), x.version = 1
WITH x
CALL (x) { MATCH (k:Country {id: $country}) CREATE (x)-[:HELD_IN]->(k) }
CALL (x) { UNWIND $themes AS themeId MATCH (t:Theme {id: themeId}) CREATE (x)-[:ADDRESSES]->(t) }
RETURN x.id AS id
