// Learning and alliance activities matching a filter, ordered by first day (newest or oldest first), then title and
// id, each with where it is held, its themes and the participants the caller may see; a keyset page after the
// activity $after. An activity is in the date range when it overlaps it. A role is compared as a code
// ('key informant' on the link is KEY_INFORMANT). The filter is one map whose values are never null (an empty list is
// no filter, the range always bounded), and "no cursor" is '': Neo4j keeps a plan per combination of parameter types
// and list sizes, so separate or nullable filters would make each new combination pay for planning again (half a
// second to a second here); a map is one type whatever it holds.
// Params: $filter {ids, types, countries, themes, statuses, participants, roles (lists), from, to (YYYY-MM-DD)},
// $oldestFirst, $after (an activity id or ''), $first, $canSeeSensitive.
// Returns one row: cursorFound (false when $after names no activity), activities [{activity, country, themes,
// participants [{actor, country, role, sensitive, provenance}]}].
OPTIONAL MATCH (c:Activity {id: $after})
CALL (c) {
  MATCH (x:Activity)
  WHERE (size($filter.ids) = 0 OR x.id IN $filter.ids)
    AND (size($filter.types) = 0 OR x.type IN $filter.types)
    AND (size($filter.statuses) = 0 OR coalesce(x.status, 'HELD') IN $filter.statuses)
    AND coalesce(x.endDate, x.date) >= date($filter.from)
    AND x.date <= date($filter.to)
    AND (size($filter.countries) = 0 OR EXISTS { (x)-[:HELD_IN]->(k:Country) WHERE k.id IN $filter.countries })
    AND (size($filter.themes) = 0 OR EXISTS { (x)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $filter.themes })
    AND ((size($filter.participants) = 0 AND size($filter.roles) = 0) OR EXISTS {
          (a:Actor)-[r:PARTICIPATED_IN]->(x)
          WHERE ($canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false)))
            AND (size($filter.participants) = 0 OR a.id IN $filter.participants)
            AND (size($filter.roles) = 0 OR toUpper(replace(trim(coalesce(r.role, '')), ' ', '_')) IN $filter.roles)
        })
    AND ($after = '' OR (c IS NOT NULL AND (
          (CASE WHEN $oldestFirst THEN x.date > c.date ELSE x.date < c.date END)
          OR (x.date = c.date AND (x.name > c.name OR (x.name = c.name AND x.id > c.id))))))
  WITH x
  ORDER BY CASE WHEN $oldestFirst THEN x.date END, CASE WHEN $oldestFirst THEN null ELSE x.date END DESC, x.name, x.id
  LIMIT $first
  RETURN collect(x) AS page
}
CALL (page) {
  UNWIND page AS x
  RETURN collect({
    activity: x { .id, .name, .type, .date, .endDate, .description, .outcomes, .createdAt, .updatedAt,
                  status: coalesce(x.status, 'HELD'), version: coalesce(x.version, 1) },
    country: COLLECT { MATCH (x)-[:HELD_IN]->(k:Country) RETURN k { .id, .name } ORDER BY k.id }[0],
    themes: COLLECT { MATCH (x)-[:ADDRESSES]->(t:Theme) RETURN t { .id, .name } ORDER BY t.name },
    participants: COLLECT {
      MATCH (a:Actor)-[r:PARTICIPATED_IN]->(x)
      WHERE $canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false))
      RETURN { actor: a { .id, .name, .acronym, .sector, .level },
               country: COLLECT {
                 MATCH (a)-[b:BASED_IN]->(k:Country) WHERE $canSeeSensitive OR NOT coalesce(b.sensitive, false)
                 RETURN k { .id, .name }
               }[0],
               role: r.role, sensitive: coalesce(r.sensitive, false),
               provenance: { source: r.source, recordedAt: r.recordedAt, confidence: r.confidence } }
      ORDER BY a.name, a.id
    }
  }) AS activities
}
RETURN $after = '' OR c IS NOT NULL AS cursorFound, activities
