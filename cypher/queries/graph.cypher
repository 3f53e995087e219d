// The elements of a subgraph for the explorer: the actors matching a filter (most influential first, up to
// $limit; see below) plus, as asked, their groups, base countries, themes, collaborations and activities.
// Params: the actors-list filter params, $limit, $confidences (links of other confidence are left out),
// $includeGroups, $includeCountries, $includeThemes, $includeCollaborations, $includeActivities, $asOf and $today (DATEs).
// The map as it stood on $asOf: actors and links outside their validity (validFrom..validTo, inclusive, nulls open)
// are left out, and an interest carries the position it held that day.
// Returns: total (actors matching the filter), nodes [{labels, props}] (the first $limit of them), others [{labels, props}] (the groups, countries, themes and
// activities they link to) and links as tuples (see linkTuple in server/src/domain/elements.ts). Collaborations to actors outside the set are
// returned too and dropped by the caller (a Set lookup there is cheaper than list membership here), except those
// whose partner is below the cut-off influence, which cannot be in the set: a hub of the first view at 100,000
// actors has hundreds of collaborations, and sending them all cost a quarter of the request.
// The filter is anchored on its most selective indexed part (text index, country, sector index); the other
// branches are switched off by their guards, so only one runs.
//
// All matches are counted (the page says "N of M shown"); the $limit most influential are drawn: by recorded
// influence, then, among the actors of the top influence (5), by collaborations (the hubs, so the first view is a
// connected picture, not the alphabet's start), then by name. Collaborations are counted only where neither the link
// nor the partner is sensitive, for every caller alike: the order never depends on what the caller may not see.
// Only the top level is counted, as that is where a first view is chosen on any real map (a tenth of 100,000 actors
// costs ~120 ms; all of them ~1 s).
// Two passes over the filter, so that nothing sorted ever holds a list. The first counts the matches per influence
// level: the total, and the lowest level still needed to fill $limit. The second reads only the actors at or above
// that level (on the unfiltered map through the influence index) and keeps the top $limit with ORDER BY ... LIMIT
// (a heap of $limit rows, not a sort of every match). Ranking the rows of a collected list of the matches instead
// ran out of transaction memory at $limit 2,000 on 100,000 actors: a sort charges each row with any list it holds.
CALL () {
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
  WITH coalesce(a.influence, 0) AS level, count(*) AS n
  ORDER BY level DESC
  WITH collect([level, n]) AS levels
  RETURN reduce(sum = 0, l IN levels | sum + l[1]) AS total,
    reduce(acc = [0, 0], l IN levels | CASE WHEN acc[1] >= $limit THEN acc ELSE [l[0], acc[1] + l[1]] END)[0] AS cutoff
}
CALL (cutoff) {
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
  WITH 1 AS one WHERE $text IS NULL AND $countries IS NULL AND $sectors IS NULL AND cutoff > 0
  MATCH (a:Actor) WHERE a.influence >= cutoff
  RETURN a
  UNION
  WITH 1 AS one WHERE $text IS NULL AND $countries IS NULL AND $sectors IS NULL AND cutoff <= 0
  MATCH (a:Actor)
  RETURN a
}
WITH total, cutoff, a
WHERE coalesce(a.influence, 0) >= cutoff
  AND ($canSeeSensitive OR NOT a.sensitive)
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
WITH total, cutoff, a, CASE WHEN a.influence >= 5 THEN COUNT {
    (a)-[r:COLLABORATES_WITH]-(b) WHERE NOT coalesce(r.sensitive, false) AND NOT coalesce(b.sensitive, false)
      AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
      AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)
  } ELSE 0 END AS ties
ORDER BY coalesce(a.influence, 0) DESC, ties DESC, a.name, a.id
LIMIT $limit
WITH total, cutoff, collect(a) AS actors
// One expansion gives both the links and their non-actor ends. Only the fields a graph element shows are
// projected: whole property maps (descriptions, search keys) repeated on every link made the answer ~10× larger.
OPTIONAL CALL (actors, cutoff) {
  UNWIND actors AS a
  MATCH (a)-[r:MEMBER_OF|BASED_IN|INTERESTED_IN|COLLABORATES_WITH|PARTICIPATED_IN]-(x)
  WHERE (
      (type(r) = 'MEMBER_OF' AND $includeGroups) OR
      (type(r) = 'BASED_IN' AND $includeCountries) OR
      (type(r) = 'INTERESTED_IN' AND $includeThemes) OR
      (type(r) = 'COLLABORATES_WITH' AND $includeCollaborations AND startNode(r) = a
        AND coalesce(x.influence, 0) >= cutoff) OR
      (type(r) = 'PARTICIPATED_IN' AND $includeActivities)
    )
    AND ($canSeeSensitive OR (NOT coalesce(r.sensitive, false) AND NOT coalesce(x.sensitive, false)))
    AND coalesce(r.confidence, 'HIGH') IN $confidences
    AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
    AND (NOT x:Actor OR ((x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)))
    // On a past map an activity shows once held; today's map shows planned ones too.
    AND (NOT x:Activity OR $asOf >= $today OR x.date <= $asOf)
  // A link is a tuple, not a map: the JavaScript driver decodes tens of thousands of small maps slowly.
  RETURN collect([type(r), labels(startNode(r)), startNode(r).id, labels(endNode(r)), endNode(r).id,
                  // The position held that day: the last dated one on or before it (see actor-details.cypher).
                  CASE WHEN r.historyFrom IS NULL THEN r.position
                    ELSE coalesce(last([i IN range(0, size(r.historyFrom) - 1) WHERE r.historyFrom[i] <= $asOf
                                        | r.historyPositions[i]]), r.historyPositions[0]) END,
                  r.priority, r.role, r.kind, r.source, toString(r.recordedAt), r.confidence,
                  toString(r.validFrom), toString(r.validTo)]) AS links,
         collect(DISTINCT CASE WHEN x:Actor THEN null ELSE x END) AS others
}
RETURN total,
  [a IN actors | { labels: labels(a), props: a { .id, .name, .acronym, .altNames, .sector, .level, .influence, .sensitive,
                                    validFrom: toString(a.validFrom), validTo: toString(a.validTo) },
                   country: COLLECT { MATCH (a)-[b:BASED_IN]->(c:Country)
                                     WHERE (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)
                                     RETURN c.id }[0] }] AS nodes,
  coalesce(links, []) AS links,
  [x IN coalesce(others, []) | { labels: labels(x), props: x { .id, .name, .acronym, .type, .sensitive } }] AS others
