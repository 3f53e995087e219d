// Facet counts for the explorer's filters over the whole database and everything the caller may see: for each facet
// (country, sector, level, theme, network, coalition), how many actors match the filter with that facet's own
// selection left out, per value (the usual faceted-search rule: choosing a value never hides the others of its
// facet); and how many match the whole filter. Text, sensitivity and link confidence always apply.
// Params: the actors-list filter params ($canSeeSensitive, $text, $countries, $sectors, $levels, $themes,
// $networks, $coalitions, $confidences). Returns one row: total, and per facet a list of {value, count}.
// Each actor is read once, with whether it passes each facet's own selection (an EXISTS test, only for facets that
// have one); the counts then walk from the passing actors to the values. Building a map per actor with its lists of
// countries, themes and groups, as this query did, cost a third more at 100,000 actors (2.8 s against 1.9 s median
// with a country set; 3.0 / 2.7 s with none, where every link is walked anyway).
// Counts are grouped by the value's node and its id read once per value, not once per link (1M interests at
// 100,000 actors); an actor has one interest per theme and one membership per group (interest-set and
// membership-add MERGE them), so those counts need no DISTINCT, and an interest always ends at a Theme. With no
// selection at 100,000 actors this took the query from 3.7 to 2.9 s (2.3 to 2.0 s with a country).
MATCH (a:Actor)
WHERE ($canSeeSensitive OR NOT a.sensitive) AND ($text IS NULL OR a.searchKey CONTAINS $text)
WITH a, [
       $countries IS NULL OR EXISTS { (a)-[:BASED_IN|OPERATES_IN]->(c:Country) WHERE c.id IN $countries },
       $sectors IS NULL OR a.sector IN $sectors,
       $levels IS NULL OR a.level IN $levels,
       $themes IS NULL OR EXISTS {
         (a)-[i:INTERESTED_IN]->(t:Theme)
         WHERE t.id IN $themes AND i.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
       },
       $networks IS NULL OR EXISTS {
         (a)-[m:MEMBER_OF]->(g:Network) WHERE g.id IN $networks AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
       },
       $coalitions IS NULL OR EXISTS {
         (a)-[m:MEMBER_OF]->(g:Coalition) WHERE g.id IN $coalitions AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
       }
     ] AS ok
WITH collect({a: a, ok: ok}) AS rows
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[1] AND r.ok[2] AND r.ok[3] AND r.ok[4] AND r.ok[5]
  WITH r.a AS a
  MATCH (a)-[:BASED_IN|OPERATES_IN]->(c:Country)
  WITH c, count(DISTINCT a) AS count
  RETURN collect({value: c.id, count: count}) AS countryCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[2] AND r.ok[3] AND r.ok[4] AND r.ok[5] AND r.a.sector IS NOT NULL
  WITH r.a.sector AS value, count(*) AS count
  RETURN collect({value: value, count: count}) AS sectorCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[1] AND r.ok[3] AND r.ok[4] AND r.ok[5] AND r.a.level IS NOT NULL
  WITH r.a.level AS value, count(*) AS count
  RETURN collect({value: value, count: count}) AS levelCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[1] AND r.ok[2] AND r.ok[4] AND r.ok[5]
  WITH r.a AS a
  MATCH (a)-[i:INTERESTED_IN]->(t)
  WHERE i.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
  WITH t, count(*) AS count
  RETURN collect({value: t.id, count: count}) AS themeCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[1] AND r.ok[2] AND r.ok[3] AND r.ok[5]
  WITH r.a AS a
  MATCH (a)-[m:MEMBER_OF]->(g:Network) WHERE $canSeeSensitive OR NOT coalesce(m.sensitive, false)
  WITH g, count(*) AS count
  RETURN collect({value: g.id, count: count}) AS networkCounts
}
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.ok[0] AND r.ok[1] AND r.ok[2] AND r.ok[3] AND r.ok[4]
  WITH r.a AS a
  MATCH (a)-[m:MEMBER_OF]->(g:Coalition) WHERE $canSeeSensitive OR NOT coalesce(m.sensitive, false)
  WITH g, count(*) AS count
  RETURN collect({value: g.id, count: count}) AS coalitionCounts
}
RETURN size([r IN rows WHERE all(x IN r.ok WHERE x)]) AS total,
       countryCounts, sectorCounts, levelCounts, themeCounts, networkCounts, coalitionCounts
