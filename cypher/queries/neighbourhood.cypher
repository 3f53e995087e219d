// The neighbourhood of one node, breadth first, up to $depth (1-3) hops, at most $limit new nodes per hop
// (hubs such as a country are capped, not expanded whole), through relationship types in $types.
// Params: $kind (ACTOR, GROUP, COUNTRY, THEME, ACTIVITY), $id, $depth, $limit, $perFrontier (how many candidates one
// node of the previous hop may contribute), $types, $confidences, $canSeeSensitive, $asOf and $today (DATEs): the
// neighbourhood as it stood on $asOf (links and nodes outside their validity are left out; see graph.cypher).
// Returns: nodes [{labels, props, hop}] and links (tuples); no row when the
// start node does not exist or is hidden.
CALL () {
  MATCH (n:Actor {id: $id}) WHERE $kind = 'ACTOR' AND ($canSeeSensitive OR NOT n.sensitive) RETURN n
  UNION
  MATCH (n:Group {id: $id}) WHERE $kind = 'GROUP' RETURN n
  UNION
  MATCH (n:Country {id: $id}) WHERE $kind = 'COUNTRY' RETURN n
  UNION
  MATCH (n:Theme {id: $id}) WHERE $kind = 'THEME' RETURN n
  UNION
  MATCH (n:Activity {id: $id}) WHERE $kind = 'ACTIVITY' RETURN n
}
WITH n AS start
CALL (start) {
  MATCH (start)-[r]-(m)
  WHERE type(r) IN $types AND coalesce(r.confidence, 'HIGH') IN $confidences
    AND ($canSeeSensitive OR (NOT coalesce(m.sensitive, false) AND NOT coalesce(r.sensitive, false)))
    AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
    AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)
    AND (NOT m:Activity OR $asOf >= $today OR m.date <= $asOf)
  WITH DISTINCT m ORDER BY coalesce(m.influence, 0) DESC, m.id LIMIT $limit
  RETURN collect(m) AS hop1
}
CALL (start, hop1) {
  WITH start, hop1 WHERE $depth >= 2
  UNWIND hop1 AS f
  // A LIMIT without ORDER BY stops expanding a hub (a country, a popular theme) early.
  CALL (f, start, hop1) {
    MATCH (f)-[r]-(m)
    WHERE m <> start AND NOT m IN hop1 AND type(r) IN $types AND coalesce(r.confidence, 'HIGH') IN $confidences
      AND ($canSeeSensitive OR (NOT coalesce(m.sensitive, false) AND NOT coalesce(r.sensitive, false)))
      AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
      AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)
      AND (NOT m:Activity OR $asOf >= $today OR m.date <= $asOf)
    RETURN m LIMIT $perFrontier
  }
  WITH DISTINCT m ORDER BY coalesce(m.influence, 0) DESC, m.id LIMIT $limit
  RETURN collect(m) AS hop2
}
CALL (start, hop1, hop2) {
  WITH start, hop1, hop2 WHERE $depth >= 3
  UNWIND hop2 AS f
  CALL (f, start, hop1, hop2) {
    MATCH (f)-[r]-(m)
    WHERE m <> start AND NOT m IN hop1 AND NOT m IN hop2 AND type(r) IN $types
      AND coalesce(r.confidence, 'HIGH') IN $confidences
      AND ($canSeeSensitive OR (NOT coalesce(m.sensitive, false) AND NOT coalesce(r.sensitive, false)))
      AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
      AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)
      AND (NOT m:Activity OR $asOf >= $today OR m.date <= $asOf)
    RETURN m LIMIT $perFrontier
  }
  WITH DISTINCT m ORDER BY coalesce(m.influence, 0) DESC, m.id LIMIT $limit
  RETURN collect(m) AS hop3
}
WITH [start] + hop1 + hop2 + hop3 AS found, size(hop1) AS n1, size(hop2) AS n2
// Only the fields a graph element shows, and links as tuples (see linkTuple in server/src/domain/elements.ts):
// the JavaScript driver decodes thousands of small maps slowly.
RETURN
  [i IN range(0, size(found) - 1) | { labels: labels(found[i]),
     props: { id: found[i].id, name: found[i].name, acronym: found[i].acronym, altNames: found[i].altNames,
              sector: found[i].sector, level: found[i].level, influence: found[i].influence,
              sensitive: found[i].sensitive, type: found[i].type,
              validFrom: toString(found[i].validFrom), validTo: toString(found[i].validTo) },
     hop: CASE WHEN i = 0 THEN 0 WHEN i <= n1 THEN 1 WHEN i <= n1 + n2 THEN 2 ELSE 3 END }] AS nodes,
  COLLECT {
    UNWIND found AS x
    MATCH (x)-[r]->(y)
    WHERE y IN found AND type(r) IN $types AND coalesce(r.confidence, 'HIGH') IN $confidences
      AND ($canSeeSensitive OR NOT coalesce(r.sensitive, false))
      AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
    RETURN [type(r), labels(x), x.id, labels(y), y.id,
            // The position held that day (see graph.cypher).
            CASE WHEN r.historyFrom IS NULL THEN r.position
              ELSE coalesce(last([i IN range(0, size(r.historyFrom) - 1) WHERE r.historyFrom[i] <= $asOf
                                  | r.historyPositions[i]]), r.historyPositions[0]) END,
            r.priority, r.role, r.kind, r.source, toString(r.recordedAt), r.confidence,
            toString(r.validFrom), toString(r.validTo)]
  } AS links
