// The reach of the held activities in a scope: every actor who took part in one or was invited to one (role INVITED),
// with what it did in the period and whether it took part in one before the period. Counting is the caller's
// (server/src/domain/activityReach.ts). An activity is in the period when it overlaps it, before it when it ended
// before the period's first day. Only participants and links the caller may see.
// Params: $filter {from, to (YYYY-MM-DD; an unbounded period runs from 0001-01-01 to 9999-12-31), countries, themes,
// types (lists; empty: no filter)} (one map, never null: see activities-list), $canSeeSensitive.
// Returns one row: activityCount (held activities of the scope in the period), actors [{actor, country, tookPart
// [brief], invitedTo [brief], cameBefore}] for the actors who took part in or were invited to one in the period.
CALL () {
  MATCH (x:Activity)
  WHERE coalesce(x.status, 'HELD') = 'HELD'
    AND (size($filter.types) = 0 OR x.type IN $filter.types)
    AND x.date <= date($filter.to)
    AND (size($filter.countries) = 0 OR EXISTS { (x)-[:HELD_IN]->(k:Country) WHERE k.id IN $filter.countries })
    AND (size($filter.themes) = 0 OR EXISTS { (x)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $filter.themes })
  RETURN collect(x) AS scope
}
CALL (scope) {
  UNWIND scope AS x
  WITH x WHERE coalesce(x.endDate, x.date) >= date($filter.from)
  RETURN count(x) AS activityCount
}
CALL (scope) {
  UNWIND scope AS x
  MATCH (a:Actor)-[r:PARTICIPATED_IN]->(x)
  WHERE $canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false))
  WITH a, x, toUpper(replace(trim(coalesce(r.role, '')), ' ', '_')) = 'INVITED' AS invited,
       coalesce(x.endDate, x.date) < date($filter.from) AS earlier
  WITH a,
       collect(CASE WHEN NOT earlier AND NOT invited THEN x { .id, .name, .type, .date, .endDate, status: 'HELD' } END)
         AS tookPart,
       collect(CASE WHEN NOT earlier AND invited THEN x { .id, .name, .type, .date, .endDate, status: 'HELD' } END)
         AS invitedTo,
       max(CASE WHEN earlier AND NOT invited THEN 1 ELSE 0 END) = 1 AS cameBefore
  WHERE size(tookPart) > 0 OR size(invitedTo) > 0
  RETURN collect({
    actor: a { .id, .name, .acronym, .sector, .level },
    country: COLLECT {
      MATCH (a)-[b:BASED_IN]->(k:Country) WHERE $canSeeSensitive OR NOT coalesce(b.sensitive, false)
      RETURN k { .id, .name }
    }[0],
    tookPart: tookPart, invitedTo: invitedTo, cameBefore: cameBefore
  }) AS actors
}
RETURN activityCount, actors
