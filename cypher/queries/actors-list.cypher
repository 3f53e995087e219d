// A page of actors matching a filter, ordered by name then id, with the total count, in one pass.
// Params: $canSeeSensitive, $sectors, $levels, $countries, $themes, $networks, $coalitions (lists or null),
// $confidences (accepted confidence levels of theme links), $text (normalised, or null),
// $afterName/$afterId (keyset cursor, or null), $first.
// Returns: total, actors [core properties].
// The filter is anchored on its most selective indexed part (text index, country, sector index); the other
// branches are switched off by their guards, so only one runs.
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
  AND ($text IS NULL OR a.searchKey CONTAINS $text)
  AND ($sectors IS NULL OR a.sector IN $sectors)
  AND ($levels IS NULL OR a.level IN $levels)
  // Unless text anchored the match, the country anchor applied this already.
  AND ($countries IS NULL OR $text IS NULL OR EXISTS { (a)-[:BASED_IN|OPERATES_IN]->(c:Country) WHERE c.id IN $countries })
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
WITH a ORDER BY a.name, a.id
WITH collect(a) AS matches
RETURN size(matches) AS total,
       [a IN matches WHERE $afterName IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId)][0..$first]
       AS actors
