// Creates a theme. Params: $theme {id, name, description}, $now. Fails on a duplicate id. Returns theme.
CREATE (t:Theme)
SET t = $theme, t.createdAt = datetime($now), t.updatedAt = datetime($now), t.version = 1
RETURN t AS theme
