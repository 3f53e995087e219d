// For one theme: the visible actors matching a filter who hold a counted interest in it, with their
// position, priority and provenance (highest priority and influence first, at most $limit), and counts
// by sector and base country over all of them.
// Params: $themeId, $limit, the actors-list filter params ($canSeeSensitive, $sectors, $levels, $countries,
// $themes, $networks, $coalitions, $text, $confidences).
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
  WITH a, r, COLLECT {
    MATCH (a)-[b:BASED_IN]->(c:Country) WHERE $canSeeSensitive OR NOT coalesce(b.sensitive, false) RETURN c { .id, .name }
  }[0] AS country
  ORDER BY r.priority DESC, a.influence DESC, a.name, a.id
  RETURN collect({ a: a, r: r, country: country }) AS rows
}
RETURN t { .id, .name } AS theme, size(rows) AS total,
  COLLECT {
    UNWIND rows AS x
    WITH x.a.sector AS sector, x.country AS country, x.r.position AS position, count(*) AS n
    RETURN { sector: sector, country: country, position: position, n: n }
  } AS counts,
  [x IN rows[0..$limit] | {
    actor: { id: x.a.id, name: x.a.name, acronym: x.a.acronym, sector: x.a.sector, level: x.a.level }, country: x.country,
    position: x.r.position, priority: x.r.priority,
    provenance: { source: x.r.source, recordedAt: x.r.recordedAt, confidence: x.r.confidence } }] AS actors
