// A phase as it is now, for the audit trail. Params: $id. Returns phase (dates as ISO strings); no row when absent.
MATCH (p:Phase {id: $id})
RETURN p { .id, .name, start: toString(p.start), end: toString(p.end), .description } AS phase
