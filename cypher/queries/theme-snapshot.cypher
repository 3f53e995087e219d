// A theme as it is now, for the audit trail. Params: $id. Returns theme (no row when absent).
MATCH (t:Theme {id: $id})
RETURN t AS theme
