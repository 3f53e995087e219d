// Creates an actor with its countries (codes checked beforehand with countries-exist). Fails on a
// duplicate id (uniqueness constraint -> CONFLICT).
// Params: $actor {id, name, altNames, altNamesText, acronym, sector, level, influence, description, website,
// sensitive, searchKey}, $basedIn (code or null), $operatesIn [code], $provenance {source, recordedAt, confidence},
// $validFrom, $validTo (first and last day on the map: ISO dates or null), $now.
// Returns: the actor.
CREATE (a:Actor)
SET a = $actor, a.createdAt = datetime($now), a.updatedAt = datetime($now), a.version = 1, a.illustrative = false,
    a.validFrom = date($validFrom), a.validTo = date($validTo)
WITH a
CALL (a) {
  UNWIND CASE WHEN $basedIn IS NULL THEN [] ELSE [$basedIn] END AS code
  MATCH (c:Country {id: code})
  CREATE (a)-[:BASED_IN {source: $provenance.source, recordedAt: date($provenance.recordedAt), confidence: $provenance.confidence}]->(c)
}
CALL (a) {
  UNWIND $operatesIn AS code
  MATCH (c:Country {id: code})
  CREATE (a)-[:OPERATES_IN {source: $provenance.source, recordedAt: date($provenance.recordedAt), confidence: $provenance.confidence}]->(c)
}
RETURN a AS actor
