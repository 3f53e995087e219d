// The programme's phases, earliest first. Params: none.
// Returns one row per phase: phase {id, name, start, end, description} (dates as ISO strings).
MATCH (p:Phase)
RETURN p { .id, .name, start: toString(p.start), end: toString(p.end), .description } AS phase
ORDER BY p.start, p.name
