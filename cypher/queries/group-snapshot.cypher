// A group as it is now, for the audit trail. Params: $id, $withMembers (true for the state before a deletion, which
// takes the memberships with it; undo brings them back). Returns group, kind, countries [code], themes [{id, name}],
// members [{actor {id, name}, props}] or null without $withMembers (no row when absent).
MATCH (g:Group {id: $id})
RETURN g AS group, CASE WHEN g:Network THEN 'NETWORK' ELSE 'COALITION' END AS kind,
       COLLECT { MATCH (g)-[:ACTIVE_IN]->(c:Country) RETURN c.id ORDER BY c.id } AS countries,
       COLLECT { MATCH (g)-[:FOCUSES_ON]->(t:Theme) RETURN t { .id, .name } ORDER BY t.name } AS themes,
       CASE WHEN $withMembers THEN COLLECT {
         MATCH (a:Actor)-[r:MEMBER_OF]->(g) RETURN { actor: a { .id, .name }, props: properties(r) } ORDER BY a.id
       } END AS members
