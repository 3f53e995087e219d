// As-you-type suggestions over everything the caller may see: actors found by the full-text index (each word of the
// text as a prefix: relevance, any word order) and by their normalised search key (any part of a name: the way to
// find Khmer, Lao, Burmese and Thai names, written without spaces between words), and the networks, coalitions and
// themes whose name or acronym holds the text. Ranking is left to the caller (server/src/domain/search.ts).
// Params: $text (normalised, lower case), $lucene (the full-text query, or null when the text has no word to
// search that way), $canSeeSensitive, $scan (candidates taken from each source).
// Returns one row: actors [{id, name, altNames, acronym, sector, influence, country, score}], groups [{id, kind,
// name, acronym}], themes [{id, name}].
CALL () {
  CALL () {
    WITH 1 AS one WHERE $lucene IS NOT NULL
    CALL db.index.fulltext.queryNodes('actor_names', $lucene, {limit: $scan}) YIELD node, score
    WITH node AS a, score WHERE $canSeeSensitive OR NOT a.sensitive
    RETURN a, score
    UNION
    MATCH (a:Actor) WHERE a.searchKey CONTAINS $text AND ($canSeeSensitive OR NOT a.sensitive)
    WITH a LIMIT $scan
    RETURN a, 0.0 AS score
  }
  WITH a, max(score) AS score
  RETURN collect({
    id: a.id, name: a.name, altNames: a.altNames, acronym: a.acronym, sector: a.sector, influence: a.influence,
    country: COLLECT { MATCH (a)-[:BASED_IN]->(c:Country) RETURN c.id }[0], score: score
  }) AS actors
}
CALL () {
  MATCH (g:Group)
  WHERE toLower(g.name) CONTAINS $text OR toLower(coalesce(g.acronym, '')) CONTAINS $text
  WITH g LIMIT $scan
  RETURN collect({id: g.id, kind: CASE WHEN g:Coalition THEN 'COALITION' ELSE 'NETWORK' END, name: g.name,
                  acronym: g.acronym}) AS groups
}
CALL () {
  MATCH (t:Theme) WHERE toLower(t.name) CONTAINS $text
  WITH t LIMIT $scan
  RETURN collect({id: t.id, name: t.name}) AS themes
}
RETURN actors, groups, themes
