// Everything the alignment scores need about every actor the caller may see, loaded once per data
// version and kept in memory by server/src/domain/alignment/actorIndex.ts: at 10k actors re-reading
// ~100k interest links per request costs hundreds of milliseconds, a version check a few.
// The fingerprint block is the same in every alignment query, so it names the snapshot it was read in.
// Params: $canSeeSensitive, $confidences (accepted confidence levels of theme links).
// Returns one row: fingerprint (list), themes [{id, name}] ordered by id, actors [{id, name, acronym, sector,
// level, country {id, name} | null, countries [code] (based or operating in), interests [[themeId, position, priority]]}].
CALL () {
  MATCH (a:Actor)
  RETURN [count(a), sum(a.version), COUNT { ()-[:INTERESTED_IN]->() },
          COLLECT { MATCH (t:Theme) RETURN sum(t.version) }[0],
          COLLECT { MATCH (m:DatasetMeta) RETURN toString(m.loadedAt) }[0]] AS fingerprint
}
CALL () {
  MATCH (t:Theme)
  WITH t ORDER BY t.id
  RETURN collect(t { .id, .name }) AS themes
}
CALL () {
  MATCH (a:Actor)
  WHERE $canSeeSensitive OR NOT a.sensitive
  RETURN collect(a { .id, .name, .acronym, .sector, .level,
    country: COLLECT {
      MATCH (a)-[b:BASED_IN]->(c:Country) WHERE $canSeeSensitive OR NOT coalesce(b.sensitive, false) RETURN c { .id, .name }
    }[0],
    countries: COLLECT {
      MATCH (a)-[b:BASED_IN|OPERATES_IN]->(c:Country) WHERE $canSeeSensitive OR NOT coalesce(b.sensitive, false)
      RETURN DISTINCT c.id
    },
    interests: COLLECT {
      MATCH (a)-[r:INTERESTED_IN]->(t:Theme)
      WHERE r.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(r.sensitive, false))
      RETURN [t.id, r.position, r.priority]
    } }) AS actors
}
RETURN fingerprint, themes, actors
