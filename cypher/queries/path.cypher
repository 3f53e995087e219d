// The shortest connection between two nodes through relationship types in $types (at most $maxHops),
// never through a node or link the caller may not see.
// Params: $fromKind, $fromId, $toKind, $toId, $types, $maxHops is fixed at 8 here, $confidences, $canSeeSensitive.
// Returns: found (false when an end is missing or hidden), nodes [{labels, props}], links [...] in path order.
CALL () {
  MATCH (n:Actor {id: $fromId}) WHERE $fromKind = 'ACTOR' AND ($canSeeSensitive OR NOT n.sensitive) RETURN n
  UNION
  MATCH (n:Group {id: $fromId}) WHERE $fromKind = 'GROUP' RETURN n
  UNION
  MATCH (n:Country {id: $fromId}) WHERE $fromKind = 'COUNTRY' RETURN n
  UNION
  MATCH (n:Theme {id: $fromId}) WHERE $fromKind = 'THEME' RETURN n
  UNION
  MATCH (n:Activity {id: $fromId}) WHERE $fromKind = 'ACTIVITY' RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Actor {id: $toId}) WHERE $toKind = 'ACTOR' AND ($canSeeSensitive OR NOT n.sensitive) RETURN n
  UNION
  MATCH (n:Group {id: $toId}) WHERE $toKind = 'GROUP' RETURN n
  UNION
  MATCH (n:Country {id: $toId}) WHERE $toKind = 'COUNTRY' RETURN n
  UNION
  MATCH (n:Theme {id: $toId}) WHERE $toKind = 'THEME' RETURN n
  UNION
  MATCH (n:Activity {id: $toId}) WHERE $toKind = 'ACTIVITY' RETURN n
}
WITH a, n AS b
OPTIONAL MATCH p = shortestPath((a)-[*..8]-(b))
WHERE a <> b
  AND all(r IN relationships(p) WHERE type(r) IN $types AND coalesce(r.confidence, 'HIGH') IN $confidences
          AND ($canSeeSensitive OR NOT coalesce(r.sensitive, false)))
  AND all(x IN nodes(p) WHERE $canSeeSensitive OR NOT coalesce(x.sensitive, false))
RETURN p IS NOT NULL AS connected,
  CASE WHEN p IS NULL THEN [] ELSE [x IN nodes(p) | { labels: labels(x), props: properties(x) }] END AS nodes,
  CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | { type: type(r), props: properties(r),
      fromLabels: labels(startNode(r)), from: startNode(r).id, toLabels: labels(endNode(r)), to: endNode(r).id }] END AS links
