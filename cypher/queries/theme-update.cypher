// Changes a theme whose version still equals $version. Params: $id, $version, $props, $now.
// Returns theme, or no row on a version clash.
MATCH (t:Theme {id: $id})
WHERE coalesce(t.version, 1) = $version
SET t += $props, t.version = coalesce(t.version, 1) + 1, t.updatedAt = datetime($now)
RETURN t AS theme
