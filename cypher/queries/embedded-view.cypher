// A saved view as an embed shows it, read as the anonymous role: the view, its frozen data (if any), the actors the
// public may not see (for the view's visibility, and to take them out of frozen data) and, for frozen data only, the
// links of its actors the public may not see (as [type, source labels, source id, target labels, target id]), found
// from the actor ids kept with the snapshot through the actor id index. Params: $id. Returns view (no row when
// absent), frozen, hidden, hiddenLinks.
MATCH (v:SavedView {id: $id})
OPTIONAL MATCH (v)-[:FROZEN_AS]->(s:EmbedSnapshot)
CALL () {
  MATCH (a:Actor) WHERE a.sensitive
  RETURN collect({id: a.id, searchKey: a.searchKey}) AS hidden
}
CALL (s) {
  UNWIND coalesce(s.actorIds, []) AS actorId
  MATCH (:Actor {id: actorId})-[r]-()
  WHERE r.sensitive
  WITH DISTINCT r
  RETURN collect([type(r), labels(startNode(r)), startNode(r).id, labels(endNode(r)), endNode(r).id]) AS hiddenLinks
}
RETURN v AS view, s.graph AS frozen, hidden, hiddenLinks
