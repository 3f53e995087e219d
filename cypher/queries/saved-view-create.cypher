// Saves an explorer view with what it refers to (read from its state with the page's own codecs), so that who may
// see it is decided each time it is read. Params: $view {id, name, description, state, createdBy, actorRefs,
// searchTexts}, $now. Returns view.
CREATE (v:SavedView)
SET v = $view, v.createdAt = datetime($now)
RETURN v AS view
