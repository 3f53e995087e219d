// Creates a phase ($create true) or replaces an existing one's fields ($create false); writes nothing when another
// phase has the name (case ignored), when creating an id that exists, or when updating one that does not.
// Params: $id, $create, $phase {name, start, end (ISO dates; end null while it runs), description}.
// Returns one row: nameTaken, existed, phase (dates as ISO strings; null when nothing was written).
OPTIONAL MATCH (other:Phase) WHERE other.id <> $id AND toLower(other.name) = toLower($phase.name)
WITH count(other) > 0 AS nameTaken
OPTIONAL MATCH (existing:Phase {id: $id})
OPTIONAL CALL (nameTaken, existing) {
  WITH nameTaken, existing WHERE NOT nameTaken AND $create AND existing IS NULL
  CREATE (p:Phase {id: $id})
  SET p.name = $phase.name, p.start = date($phase.start), p.end = date($phase.end), p.description = $phase.description
  RETURN p
  UNION
  WITH nameTaken, existing WHERE NOT nameTaken AND NOT $create AND existing IS NOT NULL
  SET existing.name = $phase.name, existing.start = date($phase.start), existing.end = date($phase.end),
      existing.description = $phase.description
  RETURN existing AS p
}
RETURN nameTaken, existing IS NOT NULL AS existed,
  p { .id, .name, start: toString(p.start), end: toString(p.end), .description } AS phase
