// For one theme: the visible actors matching a filter who hold a counted interest in it, with their
// position, priority and provenance (highest priority and influence first, at most $limit), and counts
// by sector and base country over all of them.
// Params: $themeId, $limit, the actors-list filter params ($canSeeSensitive, $sectors, $levels, $countries,
// $themes, $networks, $coalitions, $text, $confidences).
// Counts and listing are two aggregations over the same pattern rather than one collected list, so a theme
// held by thousands of actors never materialises them all (a top-k sort keeps $limit rows).
// Returns no row when the theme does not exist; otherwise theme {id, name}, total,
// counts [{sector, country {id, name} | null, position, n}], actors [{actor {id, name, acronym, sector, level},
// country {id, name} | null, position, priority, provenance {source, recordedAt, confidence}}].
MATCH (t:Theme {id: $themeId})
CALL (t) {
  OPTIONAL MATCH (a:Actor)-[r:INTERESTED_IN]->(t)
  WHERE r.confidence IN $confidences
    AND ($canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false)))
    AND ($text IS NULL OR a.searchKey CONTAINS $text)
    AND ($sectors IS NULL OR a.sector IN $sectors)
    AND ($levels IS NULL OR a.level IN $levels)
    AND ($countries IS NULL OR EXISTS { (a)-[:BASED_IN|OPERATES_IN]->(c:Country) WHERE c.id IN $countries })
    AND ($themes IS NULL OR EXISTS {
          (a)-[i:INTERESTED_IN]->(x:Theme)
          WHERE x.id IN $themes AND i.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
        })
    AND ($networks IS NULL OR EXISTS {
          (a)-[m:MEMBER_OF]->(g:Network) WHERE g.id IN $networks AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
        })
    AND ($coalitions IS NULL OR EXISTS {
          (a)-[m:MEMBER_OF]->(g:Coalition) WHERE g.id IN $coalitions AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
        })
  WITH a.sector AS sector, r.position AS position, COLLECT {
    MATCH (a)-[b:BASED_IN]->(c:Country) WHERE $canSeeSensitive OR NOT coalesce(b.sensitive, false) RETURN c { .id, .name }
  }[0] AS country, count(a) AS n
  WHERE n > 0
  RETURN collect({ sector: sector, country: country, position: position, n: n }) AS counts
}
CALL (t) {
  OPTIONAL MATCH (a:Actor)-[r:INTERESTED_IN]->(t)
  WHERE r.confidence IN $confidences
    AND ($canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false)))
    AND ($text IS NULL OR a.searchKey CONTAINS $text)
    AND ($sectors IS NULL OR a.sector IN $sectors)
    AND ($levels IS NULL OR a.level IN $levels)
    AND ($countries IS NULL OR EXISTS { (a)-[:BASED_IN|OPERATES_IN]->(c:Country) WHERE c.id IN $countries })
    AND ($themes IS NULL OR EXISTS {
          (a)-[i:INTERESTED_IN]->(x:Theme)
          WHERE x.id IN $themes AND i.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
        })
    AND ($networks IS NULL OR EXISTS {
          (a)-[m:MEMBER_OF]->(g:Network) WHERE g.id IN $networks AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
        })
    AND ($coalitions IS NULL OR EXISTS {
          (a)-[m:MEMBER_OF]->(g:Coalition) WHERE g.id IN $coalitions AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
        })
  WITH a, r ORDER BY r.priority DESC, a.influence DESC, a.name, a.id LIMIT $limit
  WHERE a IS NOT NULL
  RETURN collect({
    actor: a { .id, .name, .acronym, .sector, .level },
    country: COLLECT {
      MATCH (a)-[b:BASED_IN]->(c:Country) WHERE $canSeeSensitive OR NOT coalesce(b.sensitive, false) RETURN c { .id, .name }
    }[0],
    position: r.position, priority: r.priority,
    provenance: { source: r.source, recordedAt: r.recordedAt, confidence: r.confidence } }) AS actors
}
RETURN t { .id, .name } AS theme, reduce(total = 0, c IN counts | total + c.n) AS total, counts, actors
