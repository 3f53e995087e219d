// Saved explorer views, newest first, with the actors the caller may not see (id and search key), against which
// the server checks each view's references and free text (server/src/domain/savedViewVisibility.ts); the list is
// empty for those who may see everything. Params: $canSeeSensitive, $limit. Returns one row: views, hidden.
CALL () {
  MATCH (a:Actor) WHERE NOT $canSeeSensitive AND a.sensitive
  RETURN collect({id: a.id, searchKey: a.searchKey}) AS hidden
}
CALL () {
  MATCH (v:SavedView)
  WITH v ORDER BY v.createdAt DESC LIMIT $limit
  RETURN collect(v) AS views
}
RETURN views, hidden
