// A saved view as an embed shows it, read as the anonymous role: the view, its frozen data (if any), the actors the
// public may not see (for the view's visibility, and to take them out of frozen data) and the links it may not see
// (as [type, source labels, source id, target labels, target id]). Params: $id. Returns view (no row when absent),
// frozen, hidden, hiddenLinks.
MATCH (v:SavedView {id: $id})
OPTIONAL MATCH (v)-[:FROZEN_AS]->(s:EmbedSnapshot)
CALL () {
  MATCH (a:Actor) WHERE a.sensitive
  RETURN collect({id: a.id, searchKey: a.searchKey}) AS hidden
}
CALL () {
  MATCH (x)-[r]->(y) WHERE r.sensitive
  RETURN collect([type(r), labels(x), x.id, labels(y), y.id]) AS hiddenLinks
}
RETURN v AS view, s.graph AS frozen, hidden, hiddenLinks
