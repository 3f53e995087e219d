// A saved view as the audit trail keeps it. Params: $id. Returns view (no row when absent).
MATCH (v:SavedView {id: $id})
RETURN v AS view
