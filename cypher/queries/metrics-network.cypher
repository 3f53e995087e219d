// The network the measures are computed over (server/src/domain/metrics): the actors matching the filter that the
// caller may see and that are on the map on $asOf, and their links of the kinds asked for, at $confidences and valid
// that day. Sensitive actors and links are left out for a caller who may not see them, so nothing computed from
// this answer can tell they exist.
// Params: the actors-list filter params ($canSeeSensitive, $text, $countries, $sectors, $levels, $themes,
// $networks, $coalitions), $confidences, $asOf (an ISO date), $collaborations, $memberships, $participations
// (which kinds of link make ties).
// Returns one row per actor: id, name, sector, country (its base, when visible), themes (names of the themes it is
// interested in), collaborations [[partner id, confidence]] (each pair once: from the smaller id; the partner may
// be outside the filter and is dropped by the caller), groups [[group id, name, confidence]] and activities
// [[activity id, name, confidence]].
MATCH (a:Actor)
WHERE ($canSeeSensitive OR NOT coalesce(a.sensitive, false))
  AND (a.validFrom IS NULL OR a.validFrom <= date($asOf)) AND (a.validTo IS NULL OR a.validTo >= date($asOf))
  AND ($text IS NULL OR a.searchKey CONTAINS $text)
  AND ($sectors IS NULL OR a.sector IN $sectors)
  AND ($levels IS NULL OR a.level IN $levels)
  AND ($countries IS NULL OR EXISTS {
        (a)-[r:BASED_IN|OPERATES_IN]->(c:Country)
        WHERE c.id IN $countries AND ($canSeeSensitive OR NOT coalesce(r.sensitive, false))
      })
  AND ($themes IS NULL OR EXISTS {
        (a)-[i:INTERESTED_IN]->(t:Theme)
        WHERE t.id IN $themes AND i.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
      })
  AND ($networks IS NULL OR EXISTS {
        (a)-[m:MEMBER_OF]->(g:Network) WHERE g.id IN $networks AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
      })
  AND ($coalitions IS NULL OR EXISTS {
        (a)-[m:MEMBER_OF]->(g:Coalition) WHERE g.id IN $coalitions AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
      })
RETURN a.id AS id, a.name AS name, a.sector AS sector,
  COLLECT {
    MATCH (a)-[r:BASED_IN]->(c:Country) WHERE $canSeeSensitive OR NOT coalesce(r.sensitive, false)
    RETURN c.id LIMIT 1
  }[0] AS country,
  COLLECT {
    MATCH (a)-[i:INTERESTED_IN]->(t:Theme)
    WHERE i.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
      AND (i.validFrom IS NULL OR i.validFrom <= date($asOf)) AND (i.validTo IS NULL OR i.validTo >= date($asOf))
    RETURN t.name
  } AS themes,
  CASE WHEN $collaborations THEN COLLECT {
    MATCH (a)-[r:COLLABORATES_WITH]-(b:Actor)
    WHERE a.id < b.id AND r.confidence IN $confidences
      AND ($canSeeSensitive OR (NOT coalesce(r.sensitive, false) AND NOT coalesce(b.sensitive, false)))
      AND (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
    RETURN [b.id, r.confidence]
  } ELSE [] END AS collaborations,
  CASE WHEN $memberships THEN COLLECT {
    MATCH (a)-[r:MEMBER_OF]->(g:Group)
    WHERE r.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(r.sensitive, false))
      AND (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
    RETURN [g.id, g.name, r.confidence]
  } ELSE [] END AS groups,
  CASE WHEN $participations THEN COLLECT {
    MATCH (a)-[r:PARTICIPATED_IN]->(x:Activity)
    WHERE r.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(r.sensitive, false))
      AND (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
    RETURN [x.id, x.name, r.confidence]
  } ELSE [] END AS activities
