// The actors matching an actor filter (most influential first, at most $limit), plus the data fingerprint
// (see alignment-index.cypher). Who collaborates with whom comes from the actor index.
// Params: the actors-list filter params ($canSeeSensitive, $sectors, $levels, $countries, $themes, $networks,
// $coalitions, $text, $confidences), $limit, $asOf (a DATE: actors on the map that day, through links valid then).
// Returns one row: fingerprint, total (actors matching), ids [id].
CALL () {
  // Counts from Neo4j's count store (no scan): every change goes through the audit trail, so the number of
  // Change nodes moves with each write; seeding moves the load time, a restore the counts.
  RETURN [COUNT { (:Actor) }, COUNT { (:Change) }, COUNT { ()-[:INTERESTED_IN]->() },
          COLLECT { MATCH (t:Theme) WITH t ORDER BY t.id RETURN collect(t.id + "=" + t.name) }[0],
          COLLECT { MATCH (m:DatasetMeta) RETURN toString(m.loadedAt) }[0]] AS fingerprint
}
CALL () {
  // Anchored on the most selective indexed part of the filter, as in actors-list.cypher.
  CALL () {
    WITH 1 AS one WHERE $text IS NOT NULL
    MATCH (a:Actor) WHERE a.searchKey CONTAINS $text
    RETURN a
    UNION
    WITH 1 AS one WHERE $text IS NULL AND $countries IS NOT NULL
    MATCH (c:Country)<-[:BASED_IN|OPERATES_IN]-(a:Actor) WHERE c.id IN $countries
    RETURN a
    UNION
    WITH 1 AS one WHERE $text IS NULL AND $countries IS NULL AND $sectors IS NOT NULL
    MATCH (a:Actor) WHERE a.sector IN $sectors
    RETURN a
    UNION
    WITH 1 AS one WHERE $text IS NULL AND $countries IS NULL AND $sectors IS NULL
    MATCH (a:Actor)
    RETURN a
  }
  WITH a
  WHERE ($canSeeSensitive OR NOT a.sensitive)
    AND (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
    AND ($text IS NULL OR a.searchKey CONTAINS $text)
    AND ($sectors IS NULL OR a.sector IN $sectors)
    AND ($levels IS NULL OR a.level IN $levels)
    // Unless text anchored the match, the country anchor applied this already.
    AND ($countries IS NULL OR $text IS NULL OR EXISTS { (a)-[:BASED_IN|OPERATES_IN]->(c:Country) WHERE c.id IN $countries })
    AND ($themes IS NULL OR EXISTS {
          (a)-[i:INTERESTED_IN]->(t:Theme)
          WHERE t.id IN $themes AND i.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
            AND (i.validFrom IS NULL OR i.validFrom <= $asOf) AND (i.validTo IS NULL OR i.validTo >= $asOf)
        })
    AND ($networks IS NULL OR EXISTS {
          (a)-[m:MEMBER_OF]->(g:Network) WHERE g.id IN $networks AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
            AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)
        })
    AND ($coalitions IS NULL OR EXISTS {
          (a)-[m:MEMBER_OF]->(g:Coalition) WHERE g.id IN $coalitions AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
            AND (m.validFrom IS NULL OR m.validFrom <= $asOf) AND (m.validTo IS NULL OR m.validTo >= $asOf)
        })
  WITH a ORDER BY a.influence DESC, a.name, a.id
  WITH collect(a) AS matches
  RETURN size(matches) AS total, matches[0..$limit] AS actors
}
RETURN fingerprint, total, [a IN actors | a.id] AS ids
