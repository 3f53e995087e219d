// A theme as it is now, for the audit trail. Params: $id, $withLinks (true for the state before a deletion, which
// takes the theme's links with it; undo brings them back). Returns theme, and with $withLinks (else null):
// interests [{actor {id, name}, props}], groups [{id, name}] focusing on it, activities [id] addressing it
// (no row when absent).
MATCH (t:Theme {id: $id})
RETURN t AS theme,
       CASE WHEN $withLinks THEN COLLECT {
         MATCH (a:Actor)-[r:INTERESTED_IN]->(t) RETURN { actor: a { .id, .name }, props: properties(r) } ORDER BY a.id
       } END AS interests,
       CASE WHEN $withLinks THEN COLLECT { MATCH (g:Group)-[:FOCUSES_ON]->(t) RETURN g { .id, .name } ORDER BY g.id }
       END AS groups,
       CASE WHEN $withLinks THEN COLLECT { MATCH (x:Activity)-[:ADDRESSES]->(t) RETURN x.id ORDER BY x.id } END AS activities
