// The shortest connection between two nodes through relationship types in $types (at most $maxHops),
// never through a node or link the caller may not see.
// Params: $fromKind, $fromId, $toKind, $toId, $types, $maxHops is fixed at 8 here, $confidences, $canSeeSensitive,
// $asOf and $today (DATEs): only through links and nodes valid on $asOf (see graph.cypher).
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
          AND ($canSeeSensitive OR NOT coalesce(r.sensitive, false))
          AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf))
  AND all(x IN nodes(p) WHERE ($canSeeSensitive OR NOT coalesce(x.sensitive, false))
          AND (x.validFrom IS NULL OR x.validFrom <= $asOf) AND (x.validTo IS NULL OR x.validTo >= $asOf)
          AND (NOT x:Activity OR $asOf >= $today OR x.date <= $asOf))
RETURN p IS NOT NULL AS connected,
  CASE WHEN p IS NULL THEN [] ELSE [x IN nodes(p) | { labels: labels(x), props: properties(x) }] END AS nodes,
  CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | { type: type(r),
      // The position held that day (see graph.cypher) over the current one.
      props: r { .*, position: CASE WHEN r.historyFrom IS NULL THEN r.position
        ELSE coalesce(last([i IN range(0, size(r.historyFrom) - 1) WHERE r.historyFrom[i] <= $asOf
                            | r.historyPositions[i]]), r.historyPositions[0]) END },
      fromLabels: labels(startNode(r)), from: startNode(r).id, toLabels: labels(endNode(r)), to: endNode(r).id }] END AS links
