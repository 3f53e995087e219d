// An activity as it is now, for the audit trail: its properties, where it is held, its themes and every participation
// (sensitive ones included: the trail is read only by those who may see them). Params: $id.
// Returns activity, country (code), themes [{id, name}], participants [{actor {id, name}, props}] (no row when absent).
MATCH (x:Activity {id: $id})
RETURN x AS activity,
       COLLECT { MATCH (x)-[:HELD_IN]->(k:Country) RETURN k.id ORDER BY k.id }[0] AS country,
       COLLECT { MATCH (x)-[:ADDRESSES]->(t:Theme) RETURN t { .id, .name } ORDER BY t.name } AS themes,
       COLLECT {
         MATCH (a:Actor)-[r:PARTICIPATED_IN]->(x) RETURN { actor: a { .id, .name }, props: properties(r) } ORDER BY a.id
       } AS participants
