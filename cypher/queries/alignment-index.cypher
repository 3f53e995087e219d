// Everything the alignment scores need about every actor the caller may see, loaded once per data
// version and kept in memory by server/src/domain/alignment/actorIndex.ts: at 10k actors re-reading
// ~100k interest links per request costs hundreds of milliseconds, a version check a few.
// The fingerprint block is the same in every alignment query, so it names the snapshot it was read in.
// Params: $canSeeSensitive, $confidences (accepted confidence levels of theme links), $asOf (a DATE: the map as it
// stood that day — actors and links outside their validity left out, each interest at the position it held).
// Returns a first row with fingerprint (list) and themes [{id, name}] ordered by id (actor null), then one row per
// actor (fingerprint and themes null): actor {id, name, acronym, sector, level, influence, country {id, name} | null,
// countries [code] (based or operating in), interests [[themeId, position, priority]], collaborators [id]}. Rows, not one collected
// list, so a large map streams instead of hitting the transaction memory limit.
// Both parts run in one read transaction, so the fingerprint names the snapshot the actors come from.
CALL () {
  // Counts from Neo4j's count store (no scan): every change goes through the audit trail, so the number of
  // Change nodes moves with each write; seeding moves the load time, a restore the counts.
  RETURN [COUNT { (:Actor) }, COUNT { (:Change) }, COUNT { ()-[:INTERESTED_IN]->() },
          COLLECT { MATCH (t:Theme) WITH t ORDER BY t.id RETURN collect(t.id + "=" + t.name) }[0],
          COLLECT { MATCH (m:DatasetMeta) RETURN toString(m.loadedAt) }[0]] AS fingerprint,
         COLLECT { MATCH (t:Theme) RETURN t { .id, .name } ORDER BY t.id } AS themes, null AS actor
  UNION ALL
  MATCH (a:Actor)
  WHERE ($canSeeSensitive OR NOT a.sensitive) AND (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
  RETURN null AS fingerprint, null AS themes, a { .id, .name, .acronym, .sector, .level, .influence,
    country: COLLECT {
      MATCH (a)-[b:BASED_IN]->(c:Country) WHERE ($canSeeSensitive OR NOT coalesce(b.sensitive, false)) AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)
      RETURN c { .id, .name }
    }[0],
    countries: COLLECT {
      MATCH (a)-[b:BASED_IN|OPERATES_IN]->(c:Country)
      WHERE ($canSeeSensitive OR NOT coalesce(b.sensitive, false)) AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)
      RETURN DISTINCT c.id
    },
    interests: COLLECT {
      MATCH (a)-[r:INTERESTED_IN]->(t:Theme)
      WHERE r.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(r.sensitive, false))
        AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
      // The position held on $asOf (see graph.cypher).
      RETURN [t.id, CASE WHEN r.historyFrom IS NULL THEN r.position
        ELSE coalesce(last([i IN range(0, size(r.historyFrom) - 1) WHERE r.historyFrom[i] <= $asOf
                            | r.historyPositions[i]]), r.historyPositions[0]) END, r.priority]
    },
    // Visible collaborations of any confidence: "already linked" does not depend on the confidence switch.
    collaborators: COLLECT {
      MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
      WHERE ($canSeeSensitive OR (NOT b.sensitive AND NOT coalesce(r.sensitive, false)))
        AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf) AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)
      RETURN DISTINCT b.id
    } } AS actor
}
RETURN fingerprint, themes, actor
