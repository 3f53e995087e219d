// Records a collaboration between two actors (one relationship per pair, either direction) and bumps both versions.
// Params: $fromId, $toId, $kind, $since, $provenance, $sensitive, $canSeeSensitive, $now. Returns fromFound, toFound.
OPTIONAL MATCH (a:Actor {id: $fromId}) WHERE $canSeeSensitive OR NOT a.sensitive
OPTIONAL MATCH (b:Actor {id: $toId}) WHERE $canSeeSensitive OR NOT b.sensitive
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:COLLABORATES_WITH]-(b)
  SET r.kind = $kind, r.since = $since, r.source = $provenance.source, r.sensitive = $sensitive,
      r.recordedAt = date($provenance.recordedAt), r.confidence = $provenance.confidence,
      a.version = a.version + 1, a.updatedAt = datetime($now),
      b.version = b.version + 1, b.updatedAt = datetime($now)
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound
