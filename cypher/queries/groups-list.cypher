// Networks or coalitions (or both when $kind is null) with their countries, themes and visible member count.
// Params: $kind ('NETWORK' | 'COALITION' | null), $canSeeSensitive. Returns rows: group, kind, countries, themes, memberCount.
MATCH (g:Group)
WHERE $kind IS NULL OR ($kind = 'NETWORK' AND g:Network) OR ($kind = 'COALITION' AND g:Coalition)
RETURN g AS group,
       CASE WHEN g:Network THEN 'NETWORK' ELSE 'COALITION' END AS kind,
       COLLECT { MATCH (g)-[:ACTIVE_IN]->(c:Country) RETURN c { .id, .name } ORDER BY c.name } AS countries,
       COLLECT { MATCH (g)-[:FOCUSES_ON]->(t:Theme) RETURN t { .id, .name } ORDER BY t.name } AS themes,
       COUNT {
         MATCH (a:Actor)-[m:MEMBER_OF]->(g)
         WHERE $canSeeSensitive OR (NOT a.sensitive AND NOT coalesce(m.sensitive, false))
       } AS memberCount
ORDER BY g.name
