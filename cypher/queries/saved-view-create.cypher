// Saves an explorer view. A view is sensitive when its state names any sensitive actor.
// Params: $view {id, name, description, state, createdBy}, $candidateIds (every string in the state), $now.
// Returns view.
CREATE (v:SavedView)
SET v = $view, v.createdAt = datetime($now),
    v.sensitive = EXISTS { MATCH (a:Actor) WHERE a.id IN $candidateIds AND a.sensitive }
RETURN v AS view
