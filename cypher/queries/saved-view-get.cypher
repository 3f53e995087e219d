// One saved view. Params: $id, $canSeeSensitive. Returns view (no row when absent or hidden).
MATCH (v:SavedView {id: $id})
WHERE $canSeeSensitive OR NOT v.sensitive
RETURN v AS view
