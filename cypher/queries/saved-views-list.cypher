// Saved explorer views, newest first; views that reference sensitive actors only for those who may see them.
// Params: $canSeeSensitive. Returns rows: view.
MATCH (v:SavedView)
WHERE $canSeeSensitive OR NOT v.sensitive
RETURN v AS view
ORDER BY v.createdAt DESC
LIMIT 500
