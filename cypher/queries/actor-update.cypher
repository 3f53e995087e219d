// Applies a change to an actor whose version still equals $version, bumping the version.
// Params: $id, $version, $props (properties to set), $basedIn (code, or null to keep), $operatesIn (list, or null to keep),
// $provenance, $validFrom, $validTo (the actor's first and last day on the map after the change: ISO dates or
// null), $now. Returns the actor, or no row when the version moved on.
MATCH (a:Actor {id: $id})
WHERE a.version = $version
SET a += $props, a.version = a.version + 1, a.updatedAt = datetime($now),
    a.validFrom = date($validFrom), a.validTo = date($validTo)
WITH a
CALL (a) {
  WITH a WHERE $basedIn IS NOT NULL
  OPTIONAL MATCH (a)-[old:BASED_IN]->(:Country)
  DELETE old
  WITH DISTINCT a
  MATCH (c:Country {id: $basedIn})
  CREATE (a)-[:BASED_IN {source: $provenance.source, recordedAt: date($provenance.recordedAt), confidence: $provenance.confidence}]->(c)
}
CALL (a) {
  WITH a WHERE $operatesIn IS NOT NULL
  OPTIONAL MATCH (a)-[old:OPERATES_IN]->(:Country)
  DELETE old
  WITH DISTINCT a
  UNWIND $operatesIn AS code
  MATCH (c:Country {id: code})
  CREATE (a)-[:OPERATES_IN {source: $provenance.source, recordedAt: date($provenance.recordedAt), confidence: $provenance.confidence}]->(c)
}
RETURN a AS actor
