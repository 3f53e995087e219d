// The elements of a subgraph for the explorer: the actors matching a filter (most influential first, up to
// $limit) plus, as asked, their groups, base countries, themes, collaborations and activities.
// Params: the actors-list filter params, $limit, $confidences (links of other confidence are left out),
// $includeGroups, $includeCountries, $includeThemes, $includeCollaborations, $includeActivities.
// Returns: nodes [{labels, props}] (actors only; link targets come with the links) and
// links [{type, props, fromLabels, from, toLabels, to}]. Collaborations to actors outside the set are
// returned too and dropped by the caller (a Set lookup there is cheaper than list membership here).
MATCH (a:Actor)
WHERE ($canSeeSensitive OR NOT a.sensitive)
  AND ($text IS NULL OR a.searchKey CONTAINS $text)
  AND ($sectors IS NULL OR a.sector IN $sectors)
  AND ($levels IS NULL OR a.level IN $levels)
  AND ($countries IS NULL OR EXISTS { (a)-[:BASED_IN|OPERATES_IN]->(c:Country) WHERE c.id IN $countries })
  AND ($themes IS NULL OR EXISTS {
        (a)-[i:INTERESTED_IN]->(t:Theme)
        WHERE t.id IN $themes AND i.confidence IN $confidences AND ($canSeeSensitive OR NOT coalesce(i.sensitive, false))
      })
  AND ($networks IS NULL OR EXISTS {
        (a)-[m:MEMBER_OF]->(g:Network) WHERE g.id IN $networks AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
      })
  AND ($coalitions IS NULL OR EXISTS {
        (a)-[m:MEMBER_OF]->(g:Coalition) WHERE g.id IN $coalitions AND ($canSeeSensitive OR NOT coalesce(m.sensitive, false))
      })
WITH a ORDER BY a.influence DESC, a.name, a.id LIMIT $limit
WITH collect(a) AS actors
RETURN size(actors) AS actorCount,
  [a IN actors | { labels: labels(a), props: properties(a),
                   country: COLLECT { MATCH (a)-[:BASED_IN]->(c:Country) RETURN c.id }[0] }] AS nodes,
  COLLECT {
    UNWIND actors AS a
    MATCH (a)-[r]-(x)
    WHERE (
        (type(r) = 'MEMBER_OF' AND $includeGroups) OR
        (type(r) = 'BASED_IN' AND $includeCountries) OR
        (type(r) = 'INTERESTED_IN' AND $includeThemes) OR
        (type(r) = 'COLLABORATES_WITH' AND $includeCollaborations AND startNode(r) = a) OR
        (type(r) = 'PARTICIPATED_IN' AND $includeActivities)
      )
      AND ($canSeeSensitive OR (NOT coalesce(r.sensitive, false) AND NOT coalesce(x.sensitive, false)))
      AND coalesce(r.confidence, 'HIGH') IN $confidences
    RETURN { type: type(r), props: properties(r),
             fromLabels: labels(startNode(r)), from: startNode(r).id,
             toLabels: labels(endNode(r)), to: endNode(r).id,
             other: CASE WHEN type(r) = 'COLLABORATES_WITH' THEN null ELSE { labels: labels(x), props: properties(x) } END }
  } AS links
