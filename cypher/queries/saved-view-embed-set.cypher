// Makes a saved view embeddable (mode LIVE or FROZEN) or not (OFF). A frozen view's data is kept on a node of its
// own, so that the view lists stay small, with the ids of its actors (to find, each time it is shown, their links
// marked sensitive since); any earlier snapshot goes. Params: $id, $mode, $graph (JSON text, FROZEN only),
// $actorIds, $now. Returns view (no row when absent).
MATCH (v:SavedView {id: $id})
OPTIONAL MATCH (v)-[:FROZEN_AS]->(old:EmbedSnapshot)
DETACH DELETE old
WITH DISTINCT v
SET v.embedMode = CASE $mode WHEN 'OFF' THEN null ELSE $mode END,
    v.frozenAt = CASE $mode WHEN 'FROZEN' THEN datetime($now) ELSE null END
FOREACH (_ IN CASE WHEN $mode = 'FROZEN' THEN [1] ELSE [] END |
  CREATE (v)-[:FROZEN_AS]->(:EmbedSnapshot {graph: $graph, actorIds: $actorIds, at: datetime($now)})
)
RETURN v AS view
