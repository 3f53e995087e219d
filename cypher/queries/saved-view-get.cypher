// One saved view, with the actors the caller may not see (as in saved-views-list). Params: $id, $canSeeSensitive.
// Returns view (no row when absent), hidden.
MATCH (v:SavedView {id: $id})
CALL () {
  MATCH (a:Actor) WHERE NOT $canSeeSensitive AND a.sensitive
  RETURN collect({id: a.id, searchKey: a.searchKey}) AS hidden
}
RETURN v AS view, hidden
