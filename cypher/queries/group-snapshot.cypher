// A group as it is now, for the audit trail. Params: $id. Returns group, kind, countries, themes (no row when absent).
MATCH (g:Group {id: $id})
RETURN g AS group, CASE WHEN g:Network THEN 'NETWORK' ELSE 'COALITION' END AS kind,
       COLLECT { MATCH (g)-[:ACTIVE_IN]->(c:Country) RETURN c.id } AS countries,
       COLLECT { MATCH (g)-[:FOCUSES_ON]->(t:Theme) RETURN t.id } AS themes
