// Who holds a role in the activities matching a filter (the filter as in activities-list): "who facilitates in Lao
// PDR" is FACILITATOR over the activities held in LA. Only participants and links the caller may see.
// Params: $role (a code such as 'FACILITATOR'), $filter {types, countries, themes, statuses, participants, roles
// (lists; empty: no filter), from, to (YYYY-MM-DD)} (one map, never null: see activities-list), $limit,
// $canSeeSensitive.
// Returns rows, most activities first, then by name: actor, country (base), activities [brief, newest first].
MATCH (a:Actor)-[r:PARTICIPATED_IN]->(x:Activity)
WHERE toUpper(replace(trim(coalesce(r.role, '')), ' ', '_')) = $role
  AND ($canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(r.sensitive, false)))
  AND (size($filter.types) = 0 OR x.type IN $filter.types)
  AND (size($filter.statuses) = 0 OR coalesce(x.status, 'HELD') IN $filter.statuses)
  AND coalesce(x.endDate, x.date) >= date($filter.from)
  AND x.date <= date($filter.to)
  AND (size($filter.countries) = 0 OR EXISTS { (x)-[:HELD_IN]->(k:Country) WHERE k.id IN $filter.countries })
  AND (size($filter.themes) = 0 OR EXISTS { (x)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $filter.themes })
  AND ((size($filter.participants) = 0 AND size($filter.roles) = 0) OR EXISTS {
        (p:Actor)-[q:PARTICIPATED_IN]->(x)
        WHERE ($canSeeSensitive OR (NOT p.sensitive AND NOT coalesce(q.sensitive, false)))
          AND (size($filter.participants) = 0 OR p.id IN $filter.participants)
          AND (size($filter.roles) = 0 OR toUpper(replace(trim(coalesce(q.role, '')), ' ', '_')) IN $filter.roles)
      })
WITH a, x ORDER BY x.date DESC, x.name, x.id
WITH a, collect(x { .id, .name, .type, .date, .endDate, status: coalesce(x.status, 'HELD') }) AS activities
RETURN a { .id, .name, .acronym, .sector, .level } AS actor,
       COLLECT {
         MATCH (a)-[b:BASED_IN]->(k:Country) WHERE $canSeeSensitive OR NOT coalesce(b.sensitive, false)
         RETURN k { .id, .name }
       }[0] AS country,
       activities
ORDER BY size(activities) DESC, a.name, a.id
LIMIT $limit
