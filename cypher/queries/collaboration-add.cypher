// Records a collaboration between two actors (one relationship per pair, either direction) and bumps both versions.
// Params: $fromId, $toId, $kind, $since, $provenance, $sensitive, $validFrom, $validTo (ISO dates or null),
// $canSeeSensitive, $now. Returns fromFound, toFound.
OPTIONAL MATCH (a:Actor {id: $fromId}) WHERE $canSeeSensitive OR NOT a.sensitive
OPTIONAL MATCH (b:Actor {id: $toId}) WHERE $canSeeSensitive OR NOT b.sensitive
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:COLLABORATES_WITH]-(b)
  SET r.kind = $kind, r.since = $since,
      // The first day: as given, else the first of January of the year since, else not recorded.
      r.validFrom = CASE WHEN $validFrom IS NOT NULL THEN date($validFrom)
                         WHEN $since IS NOT NULL THEN date({year: $since, month: 1, day: 1}) END,
      r.validTo = date($validTo), r.source = $provenance.source, r.sensitive = $sensitive,
      r.recordedAt = date($provenance.recordedAt), r.confidence = $provenance.confidence,
      a.version = a.version + 1, a.updatedAt = datetime($now),
      b.version = b.version + 1, b.updatedAt = datetime($now)
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound
