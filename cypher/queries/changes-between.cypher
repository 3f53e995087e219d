// What changed between the map as it stood on $from and as it stands on $to (DATEs, $from < $to): ties that began
// (valid on $to, not on $from) or ended (valid on $from, not on $to), actors new on the map, positions that shifted,
// and actors whose first held activity falls after $from and on or before $to. Only what the caller may see:
// sensitive actors and links are left out before anything is counted.
// Params: the actors-list filter params ($canSeeSensitive, $text, $countries, $sectors, $levels, $themes, $networks,
// $coalitions, $confidences), $filtered (whether any of the filter's actor conditions is set), $from, $to, $limit.
// A tie is kept when either end matches the filter; an actor-level change when the actor does.
// Returns one row: matching count (null when not filtered), and for each list (ties, actors, shifts, engagements)
// its first $limit items (by date, then name) and its total.
CALL () {
  // The actors matching the filter as they stand on $to, anchored as in graph.cypher.
  CALL () {
    WITH 1 AS one WHERE $filtered AND $text IS NOT NULL
    MATCH (a:Actor) WHERE a.searchKey CONTAINS $text
    RETURN a
    UNION
    WITH 1 AS one WHERE $filtered AND $text IS NULL AND $countries IS NOT NULL
    MATCH (c:Country)<-[:BASED_IN|OPERATES_IN]-(a:Actor) WHERE c.id IN $countries
    RETURN a
    UNION
    WITH 1 AS one WHERE $filtered AND $text IS NULL AND $countries IS NULL
    MATCH (a:Actor)
    RETURN a
  }
  WITH a
  WHERE ($canSeeSensitive OR NOT a.sensitive)
    AND ($text IS NULL OR a.searchKey CONTAINS $text)
    AND ($sectors IS NULL OR a.sector IN $sectors)
    AND ($levels IS NULL OR a.level IN $levels)
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
  RETURN CASE WHEN $filtered THEN collect(a.id) END AS matching
}
// Ties: a link is new when it starts after $from and holds on $to, ended when it held on $from and stops before $to.
CALL (matching) {
  MATCH (a:Actor)-[r:MEMBER_OF|INTERESTED_IN|COLLABORATES_WITH|BASED_IN|OPERATES_IN]->(x)
  WHERE ((r.validFrom > $from AND r.validFrom <= $to AND (r.validTo IS NULL OR r.validTo >= $to))
      OR (r.validTo >= $from AND r.validTo < $to AND (r.validFrom IS NULL OR r.validFrom <= $from)))
    AND coalesce(r.confidence, 'HIGH') IN $confidences
    AND ($canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(x.sensitive, false) AND NOT coalesce(r.sensitive, false)))
    AND (matching IS NULL OR a.id IN matching OR (x:Actor AND x.id IN matching))
  WITH a, r, x, CASE WHEN r.validFrom > $from THEN 'NEW' ELSE 'ENDED' END AS change
  // Each end is on the map on the day the tie is: $to for a new one, $from for an ended one.
  WITH a, r, x, change, CASE change WHEN 'NEW' THEN $to ELSE $from END AS day
  WHERE (a.validFrom IS NULL OR a.validFrom <= day) AND (a.validTo IS NULL OR a.validTo >= day)
    AND (x.validFrom IS NULL OR x.validFrom <= day) AND (x.validTo IS NULL OR x.validTo >= day)
  WITH change, a, r, x ORDER BY CASE change WHEN 'NEW' THEN r.validFrom ELSE r.validTo END, a.name, x.name
  WITH change, collect({
    source: { labels: labels(a), props: a { .id, .name, .acronym, .altNames, .sector, .level, .influence, .sensitive,
                                             validFrom: toString(a.validFrom), validTo: toString(a.validTo) } },
    target: { labels: labels(x), props: x { .id, .name, .acronym, .altNames, .sector, .level, .influence, .sensitive,
                                             .type, validFrom: toString(x.validFrom), validTo: toString(x.validTo) } },
    link: [type(r), labels(a), a.id, labels(x), x.id,
           // The position the interest held on the day it is shown for (see graph.cypher).
           CASE WHEN r.historyFrom IS NULL THEN r.position
             ELSE coalesce(last([i IN range(0, size(r.historyFrom) - 1)
                                 WHERE r.historyFrom[i] <= CASE change WHEN 'NEW' THEN $to ELSE $from END
                                 | r.historyPositions[i]]), r.historyPositions[0]) END,
           r.priority, r.role, r.kind, r.source, toString(r.recordedAt), r.confidence,
           toString(r.validFrom), toString(r.validTo)] }) AS found
  RETURN collect({ change: change, total: size(found), items: found[0..$limit] }) AS ties
}
// Actors new on the map: first day after $from, still on it on $to.
CALL (matching) {
  MATCH (a:Actor)
  WHERE a.validFrom > $from AND a.validFrom <= $to AND (a.validTo IS NULL OR a.validTo >= $to)
    AND ($canSeeSensitive OR NOT a.sensitive)
    AND (matching IS NULL OR a.id IN matching)
  WITH a ORDER BY a.validFrom, a.name
  WITH collect(a) AS found
  RETURN size(found) AS newActorTotal, [a IN found[0..$limit] | {
    labels: labels(a), props: a { .id, .name, .acronym, .altNames, .sector, .level, .influence, .sensitive,
                                  validFrom: toString(a.validFrom), validTo: toString(a.validTo) } }] AS newActors
}
// Position shifts: interests held on both days whose position differs, with the record that made the difference.
CALL (matching) {
  MATCH (a:Actor)-[r:INTERESTED_IN]->(t:Theme)
  WHERE size(r.historyFrom) > 1
    AND r.confidence IN $confidences
    AND ($canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false)))
    AND (r.validFrom IS NULL OR r.validFrom <= $from) AND (r.validTo IS NULL OR r.validTo >= $to)
    AND (a.validFrom IS NULL OR a.validFrom <= $from) AND (a.validTo IS NULL OR a.validTo >= $to)
    AND (matching IS NULL OR a.id IN matching)
  WITH a, r, t,
    last([i IN range(0, size(r.historyFrom) - 1) WHERE r.historyFrom[i] <= $from | i]) AS before,
    last([i IN range(0, size(r.historyFrom) - 1) WHERE r.historyFrom[i] <= $to | i]) AS after
  WHERE before IS NOT NULL AND r.historyPositions[before] <> r.historyPositions[after]
  WITH a, r, t, before, after ORDER BY r.historyFrom[after], a.name, t.name
  WITH collect({ actor: { labels: labels(a), props: a { .id, .name, .acronym, .altNames, .sector, .level, .influence,
                   .sensitive, validFrom: toString(a.validFrom), validTo: toString(a.validTo) } },
                 theme: { labels: labels(t), props: t { .id, .name } },
                 before: r.historyPositions[before], after: r.historyPositions[after],
                 on: toString(r.historyFrom[after]),
                 provenance: { source: r.historySources[after], recordedAt: toString(r.historyFrom[after]),
                               confidence: r.historyConfidences[after] } }) AS found
  RETURN size(found) AS shiftTotal, found[0..$limit] AS shifts
}
// First engagements: a held activity after $from and on or before $to, with no held activity of the actor before it.
CALL (matching) {
  MATCH (x:Activity)<-[p:PARTICIPATED_IN]-(a:Actor)
  WHERE x.date > $from AND x.date <= $to AND coalesce(x.status, 'HELD') = 'HELD'
    AND coalesce(p.confidence, 'HIGH') IN $confidences
    AND ($canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(p.sensitive, false)))
    AND (matching IS NULL OR a.id IN matching)
    AND NOT EXISTS {
      (a)-[q:PARTICIPATED_IN]->(y:Activity)
      WHERE (y.date < x.date OR (y.date = x.date AND y.id < x.id)) AND coalesce(y.status, 'HELD') = 'HELD'
        AND ($canSeeSensitive OR NOT coalesce(q.sensitive, false))
    }
  WITH a, p, x ORDER BY x.date, a.name
  WITH collect({ actor: { labels: labels(a), props: a { .id, .name, .acronym, .altNames, .sector, .level, .influence,
                   .sensitive, validFrom: toString(a.validFrom), validTo: toString(a.validTo) } },
                 activity: { labels: labels(x), props: x { .id, .name, .type } },
                 date: toString(x.date), role: p.role,
                 provenance: { source: p.source, recordedAt: toString(p.recordedAt), confidence: p.confidence } }) AS found
  RETURN size(found) AS engagementTotal, found[0..$limit] AS engagements
}
RETURN CASE WHEN matching IS NULL THEN null ELSE size(matching) END AS matchingCount,
  ties, newActorTotal, newActors, shiftTotal, shifts, engagementTotal, engagements
