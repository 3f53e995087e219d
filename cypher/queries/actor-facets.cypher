// Facet counts for the explorer's filters over the whole database and everything the caller may see: for each facet
// (country, sector, level, theme, network, coalition), how many actors match the filter with that facet's own
// selection left out, per value (the usual faceted-search rule: choosing a value never hides the others of its
// facet); and how many match the whole filter. Text, sensitivity and link confidence always apply.
// Params: the actors-list filter params ($canSeeSensitive, $text, $countries, $sectors, $levels, $themes,
// $networks, $coalitions, $confidences). Returns one row: total, and per facet a list of {value, count}.
MATCH (a:Actor)
WHERE ($canSeeSensitive OR NOT a.sensitive) AND ($text IS NULL OR a.searchKey CONTAINS $text)
WITH a,
     COLLECT { MATCH (a)-[:BASED_IN|OPERATES_IN]->(c:Country) RETURN DISTINCT c.id } AS countries,
     COLLECT {
       MATCH (a)-[i:INTERESTED_IN]->(t:Theme)
       WHERE i.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
       RETURN DISTINCT t.id
     } AS themes,
     COLLECT {
       MATCH (a)-[m:MEMBER_OF]->(g:Network) WHERE $canSeeSensitive OR NOT coalesce(m.sensitive, false)
       RETURN DISTINCT g.id
     } AS networks,
     COLLECT {
       MATCH (a)-[m:MEMBER_OF]->(g:Coalition) WHERE $canSeeSensitive OR NOT coalesce(m.sensitive, false)
       RETURN DISTINCT g.id
     } AS coalitions
WITH {
       countries: countries, sector: a.sector, level: a.level, themes: themes, networks: networks, coalitions: coalitions,
       // Whether the actor passes each facet's own selection: [country, sector, level, theme, network, coalition].
       ok: [
         $countries IS NULL OR any(c IN countries WHERE c IN $countries),
         $sectors IS NULL OR a.sector IN $sectors,
         $levels IS NULL OR a.level IN $levels,
         $themes IS NULL OR any(t IN themes WHERE t IN $themes),
         $networks IS NULL OR any(n IN networks WHERE n IN $networks),
         $coalitions IS NULL OR any(k IN coalitions WHERE k IN $coalitions)
       ]
     } AS r
WITH collect(r) AS rows
// For one facet: the actors passing every other facet, counted per value of this one.
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[1] AND r.ok[2] AND r.ok[3] AND r.ok[4] AND r.ok[5]
  UNWIND r.countries AS value
  WITH value, count(*) AS count
  RETURN collect({value: value, count: count}) AS countryCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[2] AND r.ok[3] AND r.ok[4] AND r.ok[5] AND r.sector IS NOT NULL
  WITH r.sector AS value, count(*) AS count
  RETURN collect({value: value, count: count}) AS sectorCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[1] AND r.ok[3] AND r.ok[4] AND r.ok[5] AND r.level IS NOT NULL
  WITH r.level AS value, count(*) AS count
  RETURN collect({value: value, count: count}) AS levelCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[1] AND r.ok[2] AND r.ok[4] AND r.ok[5]
  UNWIND r.themes AS value
  WITH value, count(*) AS count
  RETURN collect({value: value, count: count}) AS themeCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[1] AND r.ok[2] AND r.ok[3] AND r.ok[5]
  UNWIND r.networks AS value
  WITH value, count(*) AS count
  RETURN collect({value: value, count: count}) AS networkCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[1] AND r.ok[2] AND r.ok[3] AND r.ok[4]
  UNWIND r.coalitions AS value
  WITH value, count(*) AS count
  RETURN collect({value: value, count: count}) AS coalitionCounts
}
RETURN size([r IN rows WHERE all(x IN r.ok WHERE x)]) AS total,
       countryCounts, sectorCounts, levelCounts, themeCounts, networkCounts, coalitionCounts
