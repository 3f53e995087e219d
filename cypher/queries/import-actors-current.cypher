// The stored fields of the existing actors an import touches, which its rows are compared with (blank cells
// keep these values). Sensitive actors included: only editors import.
// Params: $ids. Returns one row per existing actor: actor {id, name, altNames, acronym, sector, level, influence,
// description, website, sensitive, version, validFrom, validTo (ISO dates or null)}, basedIn (country id or null),
// operatesIn [country id].
UNWIND $ids AS actorId
MATCH (a:Actor {id: actorId})
RETURN a { .id, .name, .altNames, .acronym, .sector, .level, .influence, .description, .website, .sensitive, .version,
           validFrom: toString(a.validFrom), validTo: toString(a.validTo) } AS actor,
  head([(a)-[:BASED_IN]->(c:Country) | c.id]) AS basedIn,
  [(a)-[:OPERATES_IN]->(c:Country) | c.id] AS operatesIn
